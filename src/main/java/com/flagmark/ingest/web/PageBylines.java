package com.flagmark.ingest.web;

import com.flagmark.ingest.decode.Dates;
import com.flagmark.ingest.text.FirstUnits;
import com.flagmark.model.Author;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the metadata lines that news pages print around an article: "2019-09-18 06:23 来源：山西日报",
 * "来源于：东区办事处", "作者：陈海峰 责任编辑：陈海峰", "记者 贺梨萍", "(责编：汤诗瑶、丁涛)". A line counts
 * as metadata only when, once its fields are read, next to nothing is left: a sentence that
 * merely mentions a reporter stays prose.
 */
final class PageBylines {

    /** What a labelled field holds. */
    private enum Field {
        SOURCE, AUTHOR, REPORTER, CORRESPONDENT, EDITOR, DATE, NOISE
    }

    /**
     * What a metadata line says.
     *
     * @param editors the people credited as editor (责任编辑, 责编, 编辑…), with the label's word;
     *     they are credits, not authors
     * @param yearless a date the line shows without its year, for the page's metadata to complete
     */
    record Byline(Optional<Dates.Found> date, Optional<String> source, List<Author> authors,
            List<Author> editors, Optional<Dates.Yearless> yearless) {

        /** A line with a whole date, or none. */
        Byline(Optional<Dates.Found> date, Optional<String> source, List<Author> authors, List<Author> editors) {
            this(date, source, authors, editors, Optional.empty());
        }

        /** The same line's people alone, for a line that is otherwise site furniture. */
        Byline creditsOnly() {
            return new Byline(Optional.empty(), Optional.empty(), authors, editors);
        }
    }

    private static final int MAX_LINE = 160;
    private static final int MAX_LEFTOVER = 8;
    private static final Map<String, Field> LABELS = labels();
    /** Any label, with its separator; tried only where a label's first character stands ({@link #LABEL_STARTS}). */
    private static final Pattern LABEL = Pattern.compile("(" + LABELS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|")) + ")(\\s*[：:｜|/]\\s*|\\s+)?");
    private static final FirstUnits LABEL_STARTS = FirstUnits.of(LABELS.keySet());
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "^[▲△■□●◆↑]?\\s*[（(]?\\s*(?:\\p{IsHan}{0,10}?(?:图片记者|摄影记者|记者|通讯员|摄影)\\s*[:：]?)?\\s*"
                    + "([\\p{IsHan}·、\\s]{2,30}?)\\s*摄(?:影)?\\s*[）)]?$");
    /** The editor labels that credit an editor, as opposed to a proofreader or a publisher. */
    private static final Set<String> EDITOR_CREDITS = Set.of("责任编辑", "值班编辑", "实习编辑", "编辑", "责编", "主编");
    /** A staff code after an editor's name, as in 杨倩_NF4425. */
    private static final Pattern STAFF_CODE = Pattern.compile("(?<=\\p{IsHan})[_\\s]*[A-Za-z]{1,4}\\d{2,6}$");
    private static final Pattern OPENS_BAR_FIELD = Pattern.compile("[|｜]\\s*$");
    private static final Pattern BRACKETED = Pattern.compile("^[（(【\\[].*[）)】\\]]$");
    private static final Pattern DASHES = Pattern.compile("[-—－]+");
    private static final Pattern FIRST_WORD = Pattern.compile("^[^\\s|｜]*");
    private static final Pattern SOURCE_TRIM = Pattern.compile("^[|｜()（）【】\\[\\]]+|[|｜()（）【】\\[\\]。，]+$");
    private static final Pattern TRAILING_FURNITURE = Pattern.compile("(?:参与互动|评论|分享|打印|收藏|举报)+$");
    /** A site's address printed before its date: "SITE.EXAMPLE.COM 2005年3月1日12:12 来源：…". */
    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "(?:https?://)?(?:[A-Za-z0-9-]+\\.)+(?:com|cn|net|org|gov|edu|info|cc|tv)(?:\\.cn)?(?:/\\S*)?",
            Pattern.CASE_INSENSITIVE);
    /** A forum post's footer naming who posted it, before the date: "本贴由 小河边 于2008年3月5日 21:14 发表". */
    private static final Pattern POSTED_BY = Pattern.compile("^\\s*本[贴帖文]由\\s*([^\\s于]{1,20})\\s*于\\s*(?=\\d)");
    /** The words of a page's furniture that a metadata line may hold, each beginning with a character of its own. */
    private static final FirstUnits.Alternation FURNITURE_WORDS = FirstUnits.Alternation.of(List.of(
            "我要纠错", "纠错", "参与互动", "人参与", "条评论", "评论", "举报",
            "分享到", "分享", "打印", "收藏", "字号", "字体", "调整字体", "超大", "标准", "默认", "次阅读", "阅读",
            "大\\s*中\\s*小", "大\\s*标准\\s*小", "关闭", "正在读取中", "扫一扫", "手机看", "原创"));

    private PageBylines() {
    }

    private static Map<String, Field> labels() {
        Map<String, Field> labels = new LinkedHashMap<>();
        for (String label : List.of("文章来源", "信息来源", "新闻来源", "稿件来源", "内容来源", "本文来源", "来源于", "来源",
                "稿源", "出处")) {
            labels.put(label, Field.SOURCE);
        }
        for (String label : List.of("作者", "撰文", "撰稿", "执笔人", "执笔")) {
            labels.put(label, Field.AUTHOR);
        }
        labels.put("记者", Field.REPORTER);
        labels.put("通讯员", Field.CORRESPONDENT);
        for (String label : List.of("责任编辑", "值班编辑", "实习编辑", "编辑", "责编", "校对", "审核", "审校", "编审",
                "监制", "主编", "终审", "初审", "复审", "发布人", "发布者")) {
            labels.put(label, Field.EDITOR);
        }
        for (String label : List.of("发布时间", "发稿时间", "发布日期", "发表时间", "更新时间", "最后更新", "时间", "日期",
                "成文日期", "发表于", "发布于", "发布：", "发布:")) {
            labels.put(label, Field.DATE);
        }
        for (String label : List.of("浏览次数", "浏览量", "浏览", "点击数", "点击量", "阅读数", "阅读量", "阅读", "访问量", "点击", "人气")) {
            labels.put(label, Field.NOISE);
        }
        return labels;
    }

    /** Reads a line as metadata; empty when the line is prose rather than a metadata line. */
    static Optional<Byline> read(String line) {
        if (line.length() > MAX_LINE) {
            return Optional.empty();
        }
        Optional<Byline> photoCredit = photoCredit(line);
        if (photoCredit.isPresent()) {
            return photoCredit;
        }
        Reading reading = new Reading(line);
        reading.postedBy();
        List<Label> labels = labelsIn(line);
        for (int i = 0; i < labels.size(); i++) {
            int valueEnd = i + 1 < labels.size() ? labels.get(i + 1).start() : line.length();
            reading.field(labels.get(i), valueEnd);
        }
        reading.unlabelledDates();
        return reading.settle() ? Optional.of(reading.byline()) : Optional.empty();
    }

    /**
     * Reads a picture's credit line, "▲广州日报全媒体图片记者黎旭阳、李妍摄" or "（新华社记者 王鹏 摄）":
     * the people named took the pictures.
     */
    private static Optional<Byline> photoCredit(String line) {
        // A credit ends in 摄, which most lines lack; the pattern is tried on those that have it.
        if (line.indexOf('摄') < 0) {
            return Optional.empty();
        }
        Matcher matcher = PHOTO_CREDIT.matcher(line.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        PageNamesOfPeople.Names names = PageNamesOfPeople.leading(matcher.group(1));
        if (names.names().isEmpty() || names.consumed() < matcher.group(1).strip().length()) {
            return Optional.empty();
        }
        List<Author> photographers = names.names().stream().map(name -> Author.of(name, "摄影")).toList();
        return Optional.of(new Byline(Optional.empty(), Optional.empty(), photographers, List.of()));
    }

    /** A label such as 来源： found in a line, with its separator. */
    private record Label(int start, int labelEnd, int end, Field field) {
    }

    /**
     * Finds the labels of a line. A label needs a separator after it ("来源：", "编辑|", "记者 "),
     * except for 记者 and 通讯员, which often run into the name; a date label followed by a
     * date; and any label opening a field of a bar-separated line ("…| 来源CSDN | 作者魏星").
     */
    private static List<Label> labelsIn(String line) {
        List<Label> found = new ArrayList<>();
        Matcher matcher = LABEL.matcher(line);
        for (int from = 0; LABEL_STARTS.find(matcher, line, from); from = matcher.end()) {
            Field field = LABELS.get(matcher.group(1));
            boolean separated = matcher.group(2) != null || matcher.end() == line.length();
            boolean runsOn = field == Field.REPORTER || field == Field.CORRESPONDENT
                    || (field == Field.DATE && Dates.find(line.substring(matcher.end())).filter(d -> d.start() == 0)
                            .isPresent())
                    || OPENS_BAR_FIELD.matcher(line.substring(0, matcher.start())).find();
            if (separated || runsOn) {
                found.add(new Label(matcher.start(), matcher.end(1), matcher.end(), field));
            }
        }
        return found;
    }

    /** The fields read so far from one line and which of its characters they took. */
    private static final class Reading {
        private final String line;
        private final boolean[] used;
        private boolean foundAny;
        private Optional<Dates.Found> date = Optional.empty();
        private Optional<Dates.Yearless> yearless = Optional.empty();
        private Optional<String> source = Optional.empty();
        private final List<Author> authors = new ArrayList<>();
        private final List<Author> editors = new ArrayList<>();

        Reading(String line) {
            this.line = line;
            this.used = new boolean[line.length()];
        }

        /** Reads the poster of a forum post's footer as its author; the date that follows is read as any other. */
        void postedBy() {
            Matcher matcher = POSTED_BY.matcher(line);
            if (matcher.lookingAt()) {
                authors.add(Author.of(matcher.group(1), "作者"));
                use(0, matcher.end());
            }
        }

        void field(Label label, int valueEnd) {
            foundAny = true;
            use(label.start(), label.end());
            String value = line.substring(label.end(), valueEnd);
            int taken = switch (label.field()) {
                case SOURCE -> source(value);
                case AUTHOR -> people(value, line.substring(label.start(), label.labelEnd()));
                case REPORTER -> people(value, "记者");
                case CORRESPONDENT -> people(value, "通讯员");
                case EDITOR -> editor(value, line.substring(label.start(), label.labelEnd()));
                case DATE -> labelledDate(value);
                case NOISE -> firstWord(value).length();
            };
            use(label.end(), label.end() + taken);
        }

        private int source(String value) {
            String word = firstWord(value);
            String trimmed = TRAILING_FURNITURE.matcher(SOURCE_TRIM.matcher(word).replaceAll("")).replaceAll("");
            if (!trimmed.isEmpty() && !DASHES.matcher(trimmed).matches() && source.isEmpty()) {
                source = Optional.of(trimmed);
            }
            return word.length();
        }

        /**
         * Reads the names after a label; in a credit wrapped in brackets, as in "（作者：方敏
         * 北京大学经济学院教授）", what follows the names is the author's post and goes with them.
         */
        private int people(String value, String role) {
            PageNamesOfPeople.Names names = PageNamesOfPeople.leading(value);
            names.names().forEach(name -> authors.add(Author.of(name, role)));
            boolean bracketed = BRACKETED.matcher(line).matches();
            return bracketed && !names.names().isEmpty() ? value.length() : names.consumed();
        }

        /**
         * Reads the names after an editor's label; those given as editors are credited, while
         * proofreaders, reviewers and publishers (校对, 审核, 发布人) are read but not listed.
         */
        private int editor(String value, String label) {
            PageNamesOfPeople.Names names = PageNamesOfPeople.leading(value);
            boolean credited = EDITOR_CREDITS.contains(label);
            if (!names.names().isEmpty()) {
                if (credited) {
                    names.names().forEach(name -> editors.add(Author.of(name, label)));
                }
                return names.consumed();
            }
            String word = firstWord(value);
            if (!word.isEmpty() && credited && !DASHES.matcher(word).matches()) {
                editors.add(Author.of(STAFF_CODE.matcher(word).replaceAll(""), label));
            }
            return word.length();
        }

        private int labelledDate(String value) {
            Optional<Dates.Found> found = Dates.find(value).filter(d -> d.start() <= 1);
            if (found.isPresent()) {
                offer(found.get());
                return found.get().end();
            }
            Optional<Dates.Yearless> shown = Dates.findYearless(value);
            if (yearless.isEmpty()) {
                yearless = shown;
            }
            return shown.map(Dates.Yearless::end).orElse(0);
        }

        void unlabelledDates() {
            for (Dates.Found found : Dates.findAll(line)) {
                if (!isUsed(found.start(), found.end())) {
                    foundAny = true;
                    offer(found);
                    use(found.start(), found.end());
                }
            }
        }

        private void offer(Dates.Found found) {
            if (date.isEmpty() || found.precision() > date.get().precision()) {
                date = Optional.of(found);
            }
        }

        /**
         * Decides whether the line is metadata: some field was read and next to nothing is left,
         * or what is left of a dated line are names, who are then taken as its authors.
         */
        boolean settle() {
            if (!foundAny) {
                return false;
            }
            publisherAfterDate();
            if (leftover() <= MAX_LEFTOVER) {
                return true;
            }
            Optional<List<String>> names = leftoverNames();
            names.ifPresent(found -> found.forEach(name -> authors.add(Author.of(name, null))));
            return names.isPresent();
        }

        /**
         * Takes as the source what is left of a dated line when that is one publisher's name, as in
         * "2019年09月07日 04:04 北京日报".
         */
        private void publisherAfterDate() {
            String rest = rest().strip();
            if ((date.isPresent() || yearless.isPresent()) && source.isEmpty() && !rest.isEmpty() && !rest.contains(" ")
                    && PageNamesOfPeople.isOrganisation(rest) && rest.codePoints().allMatch(Character::isLetter)) {
                source = Optional.of(rest);
                int at = line.indexOf(rest);
                if (at >= 0) {
                    use(at, at + rest.length());
                }
            }
        }

        private int leftover() {
            return (int) rest().codePoints().filter(Character::isLetterOrDigit).count();
        }

        /**
         * Returns the names that are all that is left of a dated line, as in "2020-06-05 20:35
         * 叨叨姐 胡一刀 李小飞刀"; empty if anything else is left.
         */
        private Optional<List<String>> leftoverNames() {
            String rest = rest().strip();
            if (date.isEmpty() || rest.isEmpty()) {
                return Optional.empty();
            }
            PageNamesOfPeople.Names names = PageNamesOfPeople.leading(rest);
            if (names.consumed() != rest.length()
                    || names.names().stream().anyMatch(PageNamesOfPeople::isOrganisation)) {
                return Optional.empty();
            }
            return Optional.of(names.names());
        }

        private String rest() {
            StringBuilder rest = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                rest.append(used[i] ? ' ' : line.charAt(i));
            }
            // An address needs a dot, and the furniture words are tried only where one of them can begin:
            // every line of a page that is not too long is read for its fields, most of them prose.
            String withoutAddresses = rest.indexOf(".") >= 0 ? WEB_ADDRESS.matcher(rest).replaceAll(" ") : rest.toString();
            return FURNITURE_WORDS.replaceAll(withoutAddresses, " ");
        }

        Byline byline() {
            List<Author> credited = authors.stream().distinct().toList();
            return new Byline(date, source, credited, List.copyOf(editors), date.isPresent() ? Optional.empty() : yearless);
        }

        private void use(int start, int end) {
            for (int i = start; i < end && i < used.length; i++) {
                used[i] = true;
            }
        }

        private boolean isUsed(int start, int end) {
            for (int i = start; i < end; i++) {
                if (used[i]) {
                    return true;
                }
            }
            return false;
        }

        private static String firstWord(String value) {
            Matcher matcher = FIRST_WORD.matcher(value);
            return matcher.find() ? matcher.group() : "";
        }
    }
}
