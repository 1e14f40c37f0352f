package org.bricshub.app;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;

/** {@code bricshub codes …}: issue serialised codes for a lot and download them, against a running server. */
@Command(name = "codes", mixinStandardHelpOptions = true, description = "Issue and export product codes.",
        subcommands = {CodesCommand.Issue.class})
final class CodesCommand {
    @Option(names = "--server", paramLabel = "URL", defaultValue = "http://localhost:8080",
            description = "Server (default ${DEFAULT-VALUE}).", scope = ScopeType.INHERIT)
    URI server;

    @Option(names = "--key-file", paramLabel = "FILE", defaultValue = "data/admin.key",
            description = "File holding an owner or admin key of the product's organisation (default ${DEFAULT-VALUE}).",
            scope = ScopeType.INHERIT)
    Path keyFile;

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Issue COUNT codes for a new lot of a registered product and write them to a file.")
    static final class Issue implements Runnable {
        @ParentCommand CodesCommand codes;
        @Option(names = "--gtin", required = true, description = "GTIN of a registered product") String gtin;
        @Option(names = "--lot", required = true, description = "new lot, AI (10)") String lot;
        @Option(names = "--count", required = true, description = "codes to issue") long count;
        @Option(names = "--expiry", paramLabel = "YYMMDD", description = "expiry date, AI (17)") String expiry;
        @Option(names = "--format", defaultValue = "csv", description = "csv, pdf, png or svg (default ${DEFAULT-VALUE});"
                + " png/svg of several codes is a ZIP") String format;
        @Option(names = "--layout", defaultValue = "a4-3x8",
                description = "PDF label stock: a4-3x8, a4-4x10, roll-50x30, roll-40x40, roll-100x50") String layout;
        @Option(names = "--serial-format", defaultValue = "digits", description = "digits or alphanumeric")
        String serialFormat;
        @Option(names = "--out", required = true, paramLabel = "FILE") Path out;

        @Override
        public void run() {
            AdminClient client = new AdminClient(codes.server, codes.keyFile);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("lot", lot);
            body.put("count", count);
            if (expiry != null) {
                body.put("expiry", expiry);
            }
            body.put("serialFormat", serialFormat);
            String product = "/api/products/" + encode(gtin);
            var batch = client.post(product + "/batches", body);
            client.download(product + "/batches/" + encode(batch.path("lot").asText()) + "/codes?format="
                    + encode(format) + "&layout=" + encode(layout), out);
            System.out.println("issued " + batch.path("count").asLong() + " codes of lot " + batch.path("lot").asText()
                    + " (" + batch.path("uriTemplate").asText() + ") to " + out);
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
