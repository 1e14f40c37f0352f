package org.bricshub.journey;

/** How the journey reached an event from the scanned item. */
public enum Reach {
    /** The event names the item itself. */
    ITEM,
    /** The event names the item's lot or its product class. */
    LOT,
    /** The event names a case, pallet or container while the item was inside it. */
    PARENT,
    /** The event is a transformation that made the item, or names one of its inputs before it. */
    INPUT
}
