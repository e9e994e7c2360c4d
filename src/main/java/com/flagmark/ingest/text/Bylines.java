package com.flagmark.ingest.text;

import com.flagmark.model.Author;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines: "□记者 张 蓓 谭佃贵 通讯员 孙光辉 报道", "本报记者 张蓓 本报通讯员 于志君",
 * "YMG全媒体记者 衣文萍 整理", "记者黄啟峰", and the signed column's
 * "区总工会党组书记、常务副主席 刘都侠". Names typeset with a space inside ("张 鹏") are joined.
 */
final class Bylines {

    /** A clause mark anywhere on the line: a byline has none. Compiled once, as every line of every import asks. */
    private static final Pattern CLAUSE = Pattern.compile(".*[，。！？；,!?;].*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKER = Pattern.compile("^[□■◆●▲◇\\s]+");
    private static final Pattern BRACKETS = Pattern.compile("^[（(【\\[](.*)[）)】\\]]$");
    private static final Pattern ROLE = Pattern.compile(
            "^(?:本报|本刊|新华社|中新社|人民日报|YMG|全媒体|融媒体|特约|见习|实习|首席|摄影|\\p{IsHan}{0,4}?)*"
                    + "(记者|通讯员|实习生|作者|撰稿人?|摄影|编译)$");
    /** The words {@link #ROLE} ends with: a token that ends otherwise is not tried against it. */
    private static final List<String> ROLE_ENDINGS = List.of("记者", "通讯员", "实习生", "作者", "撰稿", "撰稿人", "摄影", "编译");
    private static final Pattern ROLE_AND_NAME = Pattern.compile(
            "^(?:本报|本刊|YMG全媒体|全媒体|融媒体|特约|见习|实习)?(记者|通讯员|实习生|作者)[:：]?(\\p{IsHan}[\\p{IsHan}·]{1,5})$");
    /** The roles {@link #ROLE_AND_NAME} holds: a token without one is not tried against it. */
    private static final List<String> ROLES_BEFORE_NAMES = List.of("记者", "通讯员", "实习生", "作者");
    /** Words that follow 记者 in headings such as 记者手记, not names. */
    private static final Set<String> NOT_NAMES = Set.of("手记", "观察", "调查", "走访", "探访", "直击", "再访", "见闻",
            "节日", "视角", "体验", "连线", "专访", "现场");
    private static final Pattern NAME = Pattern.compile("^\\p{IsHan}[\\p{IsHan}·]{0,5}$");
    private static final Pattern VERB = Pattern.compile("^(报道|整理|摄|采写|文|图|文/图|文／图|供稿)$");
    private static final Pattern POSITION_LINE = Pattern.compile(
            "^([\\p{IsHan}、（）()A-Za-z0-9]{2,40}(书记|主任|主席|局长|部长|区长|市长|县长|镇长|乡长|厅长|院长|校长|"
                    + "经理|董事长|总裁|主编|社长|委员|负责人|处长|科长|所长|行长|会长|理事长|秘书长|教授|研究员))\\s+"
                    + "(\\p{IsHan}[\\p{IsHan}·]{1,5})$");

    private Bylines() {
    }

    /** Reads the authors of a byline, or returns empty if the line is not a byline. */
    static Optional<List<Author>> read(String line) {
        if (line.length() > 60 || CLAUSE.matcher(line).matches()) {
            return Optional.empty();
        }
        // A position and its holder's name have a space between them; most lines asked about have none.
        Matcher position = POSITION_LINE.matcher(line);
        if (hasSpace(line) && position.matches()) {
            return Optional.of(List.of(Author.of(position.group(3), "作者")));
        }
        String text = MARKER.matcher(line).replaceFirst("");
        Matcher bracketed = BRACKETS.matcher(text);
        if (bracketed.matches()) {
            text = bracketed.group(1).strip();
        }
        return readTokens(SPACES.split(text));
    }

    /** Tells whether a line is a byline. */
    static boolean isByline(String line) {
        return read(line).isPresent();
    }

    /** Tells whether a byline closes an article ("… 整理") rather than opening one. */
    static boolean isClosing(String line) {
        return line.endsWith("整理");
    }

    private static Optional<List<Author>> readTokens(String[] tokens) {
        List<Author> authors = new ArrayList<>();
        String role = null;
        boolean sawRole = false;
        String pendingSingle = null;
        String trailingVerb = null;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            Matcher roleAndName = ROLE_AND_NAME.matcher(token);
            Matcher roleOnly = ROLE.matcher(token);
            if (token.isEmpty()) {
                continue;
            } else if (endsWithAny(token, ROLE_ENDINGS) && roleOnly.matches()) {
                role = roleOnly.group(1);
                sawRole = true;
            } else if (containsAny(token, ROLES_BEFORE_NAMES) && roleAndName.matches()
                    && !NOT_NAMES.contains(roleAndName.group(2))) {
                role = roleAndName.group(1);
                sawRole = true;
                authors.add(Author.of(roleAndName.group(2), role));
            } else if (VERB.matcher(token).matches() && i == tokens.length - 1) {
                trailingVerb = token;
            } else if (NAME.matcher(token).matches()) {
                if (token.length() == 1) {
                    // A two-character name typeset with a space inside: "张 鹏".
                    if (pendingSingle == null) {
                        pendingSingle = token;
                        continue;
                    }
                    token = pendingSingle + token;
                    pendingSingle = null;
                }
                authors.add(Author.of(token, role));
            } else {
                return Optional.empty();
            }
        }
        if (pendingSingle != null || authors.isEmpty() || !(sawRole || trailingVerb != null)) {
            return Optional.empty();
        }
        return Optional.of(withCompilerRole(authors, trailingVerb));
    }

    /** Tells whether a line holds a white-space character as {@code \\s} reads one. */
    private static boolean hasSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (" \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /*
     * The patterns of a token are tried only on tokens that hold their words: every line of under
     * 60 characters without a clause mark is asked, most of them headings, and the pattern of a
     * role tried every way of cutting a heading's characters into pieces before it failed (some
     * 50 µs for a heading of 20 characters on the quick compiler). Plain loops, as the quick
     * compiler does not inline a stream's lambdas.
     */
    private static boolean endsWithAny(String token, List<String> words) {
        for (String word : words) {
            if (token.endsWith(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String token, List<String> words) {
        for (String word : words) {
            if (token.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static List<Author> withCompilerRole(List<Author> authors, String trailingVerb) {
        if (!"整理".equals(trailingVerb) && !"摄".equals(trailingVerb)) {
            return authors;
        }
        return authors.stream().map(author -> Author.of(author.name(), trailingVerb)).toList();
    }
}
