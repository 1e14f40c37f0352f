package org.bricshub.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.bricshub.i18n.Language;
import org.bricshub.platform.TestDatabase;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.problem.ForbiddenException;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingAttachmentsIT {
    @TempDir
    Path data;
    private TechnologyTransfer transfer;
    private Principal operator;
    private Principal owner;
    private Principal stranger;

    @BeforeEach
    void open() {
        DataSource db = TestDatabase.fresh();
        transfer = TechnologyTransfer.open(db, data, Clock.systemUTC(), new TransferOptions(
                new AttachmentLimits(2_000, 20_000, 2, 2, 1_000_000), List.of()));
        operator = Fixtures.principal(db, OrganisationKind.OPERATOR, Role.ADMIN);
        owner = Fixtures.principal(db, OrganisationKind.RESEARCH_INSTITUTION, Role.OWNER);
        stranger = Fixtures.principal(db, OrganisationKind.BRAND_OWNER, Role.ADMIN);
    }

    @AfterEach
    void close() {
        transfer.close();
    }

    private Listing draft() {
        return transfer.create(owner, Fixtures.input(ListingType.OFFER, Language.EN, "Solar cell", "Efficient"), true);
    }

    private static InvalidInputException invalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("no InvalidInputException");
    }

    @Test
    void attach_pdfIsStoredWithItsHashAndServedToTheOwnerOnlyWhileDraft() throws Exception {
        Listing l = draft();
        Attachment a = transfer.attach(owner, l.id(), "Datasheet (EN).pdf", "application/pdf", TestFiles.pdf());
        assertThat(a.kind()).isEqualTo(AttachmentKind.DOCUMENT);
        assertThat(a.size()).isEqualTo(TestFiles.pdf().length);
        assertThat(a.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(TestFiles.pdf())));
        AttachmentFile f = transfer.attachmentFile(Optional.of(owner), l.id(), a.sha256(), false);
        assertThat(f.content()).isEqualTo(TestFiles.pdf());
        assertThat(f.publicFile()).isFalse();
        assertThatThrownBy(() -> transfer.attachmentFile(Optional.empty(), l.id(), a.sha256(), false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> transfer.attachments(Optional.of(stranger), l.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void attach_imageGetsAThumbnailAndIsPublicOncePublished() throws Exception {
        Listing l = draft();
        Attachment a = transfer.attach(owner, l.id(), null, "image/png", TestFiles.image("png", 640, 320));
        assertThat(a.name()).isEqualTo("image.png");
        transfer.submit(owner, l.id());
        transfer.approve(operator, l.id());
        AttachmentFile thumb = transfer.attachmentFile(Optional.empty(), l.id(), a.sha256(), true);
        assertThat(thumb.mediaType()).isEqualTo("image/png");
        assertThat(thumb.publicFile()).isTrue();
        var img = ImageIO.read(new ByteArrayInputStream(thumb.content()));
        assertThat(img.getWidth()).isEqualTo(320);
        assertThat(img.getHeight()).isEqualTo(160);
        assertThat(transfer.attach(owner, l.id(), "x.jpg", "image/jpeg", TestFiles.image("jpeg", 50, 50)).kind())
                .isEqualTo(AttachmentKind.IMAGE);
        assertThat(transfer.get(Optional.of(owner), l.id()).status())
                .as("a published listing returns to review when its files change").isEqualTo(ListingStatus.REVIEW);
    }

    @Test
    void attach_sameBytesTwiceIsOneAttachment() {
        Listing l = draft();
        transfer.attach(owner, l.id(), "a.pdf", "application/pdf", TestFiles.pdf());
        transfer.attach(owner, l.id(), "b.pdf", "application/pdf", TestFiles.pdf());
        assertThat(transfer.attachments(Optional.of(owner), l.id())).hasSize(1);
    }

    @Test
    void attach_contentThatIsNotWhatItClaimsNamesFileAndRule() {
        Listing l = draft();
        byte[] text = "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8);
        assertThat(invalid(() -> transfer.attach(owner, l.id(), "x.pdf", "application/pdf", text)).rule())
                .contains("%PDF-");
        assertThat(invalid(() -> transfer.attach(owner, l.id(), "x.png", "image/png", text)).rule())
                .contains("not a decodable image/png");
        assertThat(invalid(() -> transfer.attach(owner, l.id(), "x.png", "image/png",
                TestFiles.image("jpeg", 10, 10))).rule()).as("JPEG bytes declared as PNG")
                .contains("not a decodable image/png");
        assertThat(invalid(() -> transfer.attach(owner, l.id(), "x.txt", "text/plain", text)).field())
                .isEqualTo("file");
        assertThat(invalid(() -> transfer.attach(owner, l.id(), "x.webp", "image/webp", text)).rule())
                .contains("WebP");
        assertThat(invalid(() -> transfer.attach(owner, l.id(), "a/b.pdf", "application/pdf", TestFiles.pdf()))
                .field()).isEqualTo("name");
    }

    @Test
    void attach_tooLargeTooManyAndTooManyPixelsAreRefused() {
        Listing l = draft();
        byte[] big = new byte[2_001];
        System.arraycopy(TestFiles.pdf(), 0, big, 0, 5);
        assertThat(invalid(() -> transfer.attach(owner, l.id(), "big.pdf", "application/pdf", big)).rule())
                .contains("at most 2000 bytes");
        assertThat(invalid(() -> transfer.attach(owner, l.id(), "huge.png", "image/png",
                TestFiles.image("png", 2_000, 1_000))).rule()).contains("pixels");
        transfer.attach(owner, l.id(), "1.png", "image/png", TestFiles.image("png", 10, 10));
        transfer.attach(owner, l.id(), "2.png", "image/png", TestFiles.image("png", 11, 10));
        assertThat(invalid(() -> transfer.attach(owner, l.id(), "3.png", "image/png",
                TestFiles.image("png", 12, 10))).rule()).isEqualTo("at most 2 images per listing");
    }

    @Test
    void attachAndDetach_onlyByTheOwner() {
        Listing l = draft();
        assertThatThrownBy(() -> transfer.attach(stranger, l.id(), "x.pdf", "application/pdf", TestFiles.pdf()))
                .isInstanceOf(ForbiddenException.class);
        Attachment a = transfer.attach(owner, l.id(), "x.pdf", "application/pdf", TestFiles.pdf());
        assertThatThrownBy(() -> transfer.detach(stranger, l.id(), a.sha256())).isInstanceOf(ForbiddenException.class);
        transfer.detach(owner, l.id(), a.sha256());
        assertThat(transfer.attachments(Optional.of(owner), l.id())).isEmpty();
        assertThatThrownBy(() -> transfer.detach(owner, l.id(), a.sha256())).isInstanceOf(NotFoundException.class);
        assertThat(invalid(() -> transfer.detach(owner, l.id(), "XYZ")).field()).isEqualTo("sha256");
    }
}
