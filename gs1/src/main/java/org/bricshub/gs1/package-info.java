/**
 * GS1 identifiers for BRICS Hub, JDK only.
 *
 * <ul>
 *   <li>{@link org.bricshub.gs1.CheckDigit}: mod-10 check digits and the mod-1021 GMN check pair.</li>
 *   <li>{@link org.bricshub.gs1.ApplicationIdentifiers}: every AI of the GS1 Barcode Syntax Dictionary
 *       (bundled resource), with value validation naming the AI and the broken rule.</li>
 *   <li>{@link org.bricshub.gs1.Gs1Key} and its records ({@link org.bricshub.gs1.Gtin},
 *       {@link org.bricshub.gs1.Gln}, {@link org.bricshub.gs1.Sscc}, ...): validated keys.</li>
 *   <li>{@link org.bricshub.gs1.DigitalLink}: GS1 Digital Link URI parse, validate, format, canonical form;
 *       {@link org.bricshub.gs1.DigitalLinkCompression}: the compressed form.</li>
 *   <li>{@link org.bricshub.gs1.ElementStrings}: FNC1/GS and parenthesised element strings.</li>
 *   <li>{@link org.bricshub.gs1.EpcUrn}: EPC URNs (TDS 2.x) to and from Digital Links.</li>
 * </ul>
 *
 * <p>Every invalid input raises {@link org.bricshub.gs1.Gs1Exception}, which carries the broken
 * {@link org.bricshub.gs1.Gs1Exception.Rule} and the AI concerned: an HTTP layer answers it with 400.
 */
package org.bricshub.gs1;
