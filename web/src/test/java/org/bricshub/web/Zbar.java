package org.bricshub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test aid: reads QR codes with an independent decoder, Debian's {@code zbarimg} (package zbar-tools). */
public final class Zbar {
    private Zbar() {
    }

    /** The texts of the QR codes in the image; empty when it holds none. */
    public static List<String> scan(Path png) throws Exception {
        File zbar = new File("/usr/bin/zbarimg");
        if (!zbar.canExecute()) {
            fail("zbarimg is missing: install Debian package zbar-tools (apt-get install -y zbar-tools)");
        }
        Process p = new ProcessBuilder(zbar.getPath(), "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable",
                png.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("zbarimg ends").isTrue();
        // 4: no symbol in the image (an empty label); anything else is a failure of zbarimg itself
        assertThat(p.exitValue()).as("zbarimg exit status").isIn(0, 4);
        return out.lines().filter(l -> !l.isBlank()).toList();
    }
}
