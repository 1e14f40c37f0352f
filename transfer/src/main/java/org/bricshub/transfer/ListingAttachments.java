package org.bricshub.transfer;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;

/**
 * Documents and images of listings. Adding or removing one is an owner's edit: a published listing returns to review,
 * as the operator moderates everything a listing shows.
 */
final class ListingAttachments {
    private final DataSource db;
    private final Clock clock;
    private final ListingLifecycle lifecycle;
    private final AttachmentStore files;
    private final AttachmentLimits limits;

    ListingAttachments(DataSource db, Clock clock, ListingLifecycle lifecycle, AttachmentStore files,
                       AttachmentLimits limits) {
        this.db = db;
        this.clock = clock;
        this.lifecycle = lifecycle;
        this.files = files;
        this.limits = limits;
    }

    Attachment attach(Principal caller, long id, String name, String mediaType, byte[] content) {
        AttachmentUpload.Checked file = AttachmentUpload.check(name, mediaType, content, limits);
        lifecycle.edit(caller, id, "transfer.listing.attach", (c, l) -> {
            List<Attachment> present = files.list(c, id);
            if (present.stream().noneMatch(a -> a.sha256().equals(file.sha256()))) {
                limits.requireRoom(file.kind(), (int) present.stream().filter(a -> a.kind() == file.kind()).count());
                files.insert(c, id, file, clock.instant());
            }
        });
        return list(id).stream().filter(a -> a.sha256().equals(file.sha256())).findFirst().orElseThrow();
    }

    void detach(Principal caller, long id, String sha256) {
        String sha = checkedHash(sha256);
        lifecycle.edit(caller, id, "transfer.listing.detach", (c, l) -> {
            if (!files.delete(c, id, sha)) {
                throw new NotFoundException("listing " + id + " has no attachment " + sha);
            }
        });
    }

    List<Attachment> list(long id) {
        return Transaction.run(db, c -> files.list(c, id));
    }

    /** A visible listing's file or thumbnail; public when the listing is published. */
    AttachmentFile file(Listing visible, String sha256, boolean thumbnail) {
        String sha = checkedHash(sha256);
        Optional<AttachmentFile> f = Transaction.run(db, c -> files.content(c, visible.id(), sha, thumbnail,
                visible.status() == ListingStatus.PUBLISHED));
        return f.orElseThrow(() -> new NotFoundException("listing " + visible.id() + " has no "
                + (thumbnail ? "thumbnail of " : "attachment ") + sha));
    }

    private static String checkedHash(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new InvalidInputException("sha256", "must be the 64 lower-case hex digits of a SHA-256");
        }
        return sha256;
    }
}
