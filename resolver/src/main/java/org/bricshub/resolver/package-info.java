/**
 * The GS1-Conformant Resolver 1.2: brand owners' links for GS1 Digital Link anchors at any level (primary key,
 * lot, serial, ...), authorised by GS1 company prefix, kept in memory for resolution, and the resolution rules
 * themselves ({@link org.bricshub.resolver.ResolutionRules}) as a pure function. HTTP lives in the web module.
 */
package org.bricshub.resolver;
