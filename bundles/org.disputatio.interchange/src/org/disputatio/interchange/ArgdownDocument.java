// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Argdown text as Argdown itself understands it, before it becomes a map: equivalence
 * classes of statements by title, arguments with their premise-conclusion structures, and
 * the relations as written. Tests compare this with what Argdown's own parser exports.
 */
final class ArgdownDocument {

    enum RelationType {
        SUPPORT("support"), ATTACK("attack"), UNDERCUT("undercut"), CONTRADICTORY("contradictory"), CONTRARY("contrary"),
        ENTAILS("entails");

        final String argdownName;

        RelationType(String argdownName) {
            this.argdownName = argdownName;
        }
    }

    /**
     * One text given to a statement title; an equivalence class has one or more. {@code text}
     * is Argdown's (tags kept in it), {@code plain} the same without the tags.
     */
    record Member(String text, String plain, List<String> tags, Map<String, Object> data, int line, int column) {
    }

    static final class StatementClass {
        final String title;
        final boolean untitled;
        final List<Member> members = new ArrayList<>();
        final int line;
        final int column;

        StatementClass(String title, boolean untitled, int line, int column) {
            this.title = title;
            this.untitled = untitled;
            this.line = line;
            this.column = column;
        }

        /** The first non-empty text, or "". */
        String text() {
            return members.stream().map(Member::text).filter(t -> !t.isEmpty()).findFirst().orElse("");
        }
    }

    /** An inference line of a premise-conclusion structure. */
    record InferenceLine(List<String> rules, Map<String, Object> data, int line, int column) {
    }

    /** A numbered statement of a premise-conclusion structure, with the inference line above it if any. */
    record Step(int number, String title, InferenceLine inference, int line, int column) {
    }

    static final class ArgumentNode {
        final String title;
        final boolean untitled;
        final List<Member> descriptions = new ArrayList<>();
        final List<Step> pcs = new ArrayList<>();
        final int line;
        final int column;

        ArgumentNode(String title, boolean untitled, int line, int column) {
            this.title = title;
            this.untitled = untitled;
            this.line = line;
            this.column = column;
        }
    }

    record Relation(String from, boolean fromArgument, RelationType type, String to, boolean toArgument, int line, int column) {
    }

    record Section(String title, int level, int line) {
    }

    Map<String, Object> frontMatter = new LinkedHashMap<>();
    final Map<String, StatementClass> statements = new LinkedHashMap<>();
    final Map<String, ArgumentNode> arguments = new LinkedHashMap<>();
    final List<Relation> relations = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    boolean strict;
}
