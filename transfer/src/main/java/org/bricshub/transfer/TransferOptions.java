package org.bricshub.transfer;

import java.util.List;
import org.bricshub.i18n.TranslationEngine;

/**
 * How the marketplace is set up beyond its database and folder.
 *
 * @param attachments    what a listing may carry
 * @param machineEngines machine-translation engines asked after the translation memory, in order; none by default
 *                       (no engine is reachable offline)
 */
public record TransferOptions(AttachmentLimits attachments, List<TranslationEngine> machineEngines) {
    public TransferOptions {
        java.util.Objects.requireNonNull(attachments, "attachments");
        machineEngines = List.copyOf(machineEngines);
    }

    public static TransferOptions defaults() {
        return new TransferOptions(AttachmentLimits.defaults(), List.of());
    }

    /** These options with machine translation through {@code engines}. */
    public TransferOptions withMachineEngines(List<TranslationEngine> engines) {
        return new TransferOptions(attachments, engines);
    }
}
