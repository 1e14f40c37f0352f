/**
 * The whole-chain journey of a scanned item (docs/design/journey.md): the EPCIS events on the item, its lot, the
 * parents it was packed into while it was inside, and the inputs it was made from, in time order, with places,
 * parties, certificates and sensor summaries, under the brand owner's publication policy. Facade: {@link
 * org.bricshub.journey.Journeys}.
 */
package org.bricshub.journey;
