// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.disputatio.model.ArgumentMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Argdown's own command line (npm {@code @argdown/cli@2}, installed into this module's target/)
 * reads the Argdown we write as we do: the same statements, arguments, relations and texts.
 * Skipped, saying why, when npm or its registry cannot be reached; the product never needs it.
 */
class ArgdownOracleTest {

    private static Path work() {
        return TestFiles.root().resolve("tests/org.disputatio.interchange.tests/target/argdown-oracle");
    }

    private static String run(Path dir, long seconds, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return null;
        }
        return process.exitValue() == 0 ? new String(output, StandardCharsets.UTF_8) : null;
    }

    private static Path argdownCommand() throws IOException, InterruptedException {
        Path dir = work();
        Path command = dir.resolve("node_modules/.bin/argdown");
        if (Files.isExecutable(command)) {
            return command;
        }
        Files.createDirectories(dir);
        // 2.x of the markdown-it plugin is not served; 1.7.7 works with the 2.0 command line
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"argdown-oracle\", \"private\": true, "
                + "\"dependencies\": {\"@argdown/cli\": \"^2.0.0\"}, \"overrides\": {\"@argdown/markdown-it-plugin\": \"1.7.7\"}}\n");
        String result;
        try {
            result = run(dir, 300, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
        } catch (IOException e) {
            result = null;
        }
        Assumptions.assumeTrue(result != null && Files.isExecutable(command),
                "Argdown's command line could not be installed from npm (no npm, or its registry unreachable); the oracle test is skipped");
        return command;
    }

    private static String kind(boolean argument) {
        return argument ? "argument" : "equivalence-class";
    }

    @Test
    void argdownReadsWhatWeWriteAsWeReadIt() throws Exception {
        Path command = argdownCommand();
        Path in = work().resolve("in");
        Path out = work().resolve("out");
        Files.createDirectories(in);
        Files.createDirectories(out);
        List<String> names = new ArrayList<>();
        for (Path example : TestFiles.examples()) {
            String name = example.getFileName().toString().replace(".argmap", "");
            Files.writeString(in.resolve(name + ".argdown"), ArgdownFormat.write(TestFiles.example(example)));
            names.add(name);
        }
        for (long seed = 1; seed <= 5; seed++) {
            ArgumentMap map = RandomMapsTest.debate(seed, 40);
            Files.writeString(in.resolve("random-" + seed + ".argdown"), ArgdownFormat.write(map));
            names.add("random-" + seed);
        }
        String log = run(work(), 300, command.toString(), "json", in + "/*.argdown", out.toString());
        assertEquals(true, log != null, "argdown json ran");
        for (String name : names) {
            String text = Files.readString(in.resolve(name + ".argdown"));
            ArgdownDocument ours = ArgdownParser.parse(text);
            JsonObject theirs = JsonParser.parseString(Files.readString(out.resolve(name + ".json"))).getAsJsonObject();
            Map<String, String> theirTexts = new TreeMap<>();
            for (var e : theirs.getAsJsonObject("statements").entrySet()) {
                JsonElement members = e.getValue().getAsJsonObject().get("members");
                String t = "";
                for (JsonElement m : members.getAsJsonArray()) {
                    if (m.getAsJsonObject().has("text") && !m.getAsJsonObject().get("text").getAsString().isEmpty()) {
                        t = m.getAsJsonObject().get("text").getAsString();
                        break;
                    }
                }
                // Argdown keeps the space before a data block on the next line
                theirTexts.put(e.getKey(), ArgdownWriter.squeeze(t));
            }
            Map<String, String> ourTexts = new TreeMap<>();
            ours.statements.forEach((title, s) -> ourTexts.put(title, s.members.stream().map(ArgdownDocument.Member::text)
                    .filter(t -> !t.isEmpty()).findFirst().orElse("")));
            assertEquals(ourTexts, theirTexts, name + ": statements and their texts");
            assertEquals(new TreeSet<>(ours.arguments.keySet()), new TreeSet<>(theirs.getAsJsonObject("arguments").keySet()), name + ": arguments");
            Set<String> theirRelations = new TreeSet<>();
            for (JsonElement r : theirs.getAsJsonArray("relations")) {
                JsonObject o = r.getAsJsonObject();
                // Argdown says an undercut of a reconstructed argument points at its inference
                String toType = o.get("toType").getAsString().equals("inference") ? "argument" : o.get("toType").getAsString();
                theirRelations.add(o.get("from").getAsString() + " (" + o.get("fromType").getAsString() + ") "
                        + o.get("relationType").getAsString() + " " + o.get("to").getAsString() + " (" + toType + ")");
            }
            Set<String> ourRelations = new TreeSet<>();
            for (ArgdownDocument.Relation r : ours.relations) {
                ourRelations.add(r.from() + " (" + kind(r.fromArgument()) + ") " + r.type().argdownName + " " + r.to() + " ("
                        + kind(r.toArgument()) + ")");
            }
            assertEquals(ourRelations, theirRelations, name + ": relations");
        }
    }
}
