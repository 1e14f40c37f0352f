package org.bricshub.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code bricshub admin …}: the admin API from the command line. */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Manage organisations and API keys of a running server.",
        subcommands = {AdminCommand.OrgsCreate.class, AdminCommand.OrgsList.class, AdminCommand.KeysCreate.class,
                AdminCommand.KeysList.class, AdminCommand.KeysRevoke.class, AdminCommand.PrefixAllocate.class})
final class AdminCommand {
    @Option(names = "--server", paramLabel = "URL", defaultValue = "http://localhost:8080",
            description = "Server to manage (default ${DEFAULT-VALUE}).", scope = picocli.CommandLine.ScopeType.INHERIT)
    URI server;

    @Option(names = "--key-file", paramLabel = "FILE", defaultValue = "data/admin.key",
            description = "File holding an admin key (default ${DEFAULT-VALUE}).",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    Path keyFile;

    AdminClient client() {
        return new AdminClient(server, keyFile);
    }

    @Command(name = "create-org", mixinStandardHelpOptions = true, description = "Create an organisation.")
    static final class OrgsCreate implements Runnable {
        @ParentCommand AdminCommand admin;
        @Option(names = "--name", required = true) String name;
        @Option(names = "--country", required = true, description = "ISO 3166-1 alpha-2, e.g. CN") String country;
        @Option(names = "--kind", required = true,
                description = "brand_owner, logistics, certifier, customs, research_institution or operator") String kind;
        @Option(names = "--prefix", description = "GS1 company prefix, repeatable") List<String> prefixes = new ArrayList<>();

        @Override
        public void run() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("country", country);
            body.put("kind", kind);
            body.put("prefixes", prefixes);
            System.out.println(AdminClient.pretty(admin.client().post("/api/admin/orgs", body)));
        }
    }

    @Command(name = "list-orgs", mixinStandardHelpOptions = true, description = "List organisations.")
    static final class OrgsList implements Runnable {
        @ParentCommand AdminCommand admin;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().get("/api/admin/orgs")));
        }
    }

    @Command(name = "allocate-prefix", mixinStandardHelpOptions = true,
            description = "Give an organisation without GS1 membership a sub-prefix of the platform range.")
    static final class PrefixAllocate implements Runnable {
        @ParentCommand AdminCommand admin;
        @Option(names = "--org", required = true, paramLabel = "ID") long org;
        @Option(names = "--capacity", required = true, paramLabel = "N",
                description = "How many products (GTINs) the prefix must number") long capacity;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().post("/api/admin/orgs/" + org + "/prefixes",
                    Map.of("capacity", capacity))));
        }
    }

    @Command(name = "create-key", mixinStandardHelpOptions = true,
            description = "Issue an API key; it is printed once and never again.")
    static final class KeysCreate implements Runnable {
        @ParentCommand AdminCommand admin;
        @Option(names = "--org", required = true, paramLabel = "ID") long org;
        @Option(names = "--role", required = true,
                description = "admin, owner, operator, certifier, auditor or reader") String role;
        @Option(names = "--expires", paramLabel = "TIME", description = "RFC 3339 time, e.g. 2027-01-01T00:00:00Z")
        String expires;

        @Override
        public void run() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("role", role);
            if (expires != null) {
                body.put("expiresAt", expires);
            }
            System.out.println(AdminClient.pretty(admin.client().post("/api/admin/orgs/" + org + "/keys", body)));
        }
    }

    @Command(name = "list-keys", mixinStandardHelpOptions = true, description = "List an organisation's keys.")
    static final class KeysList implements Runnable {
        @ParentCommand AdminCommand admin;
        @Option(names = "--org", required = true, paramLabel = "ID") long org;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().get("/api/admin/orgs/" + org + "/keys")));
        }
    }

    @Command(name = "revoke-key", mixinStandardHelpOptions = true, description = "Revoke an API key.")
    static final class KeysRevoke implements Runnable {
        @ParentCommand AdminCommand admin;
        @Parameters(paramLabel = "KEY_ID") long id;

        @Override
        public void run() {
            admin.client().delete("/api/admin/keys/" + id);
            System.out.println("revoked key " + id);
        }
    }
}
