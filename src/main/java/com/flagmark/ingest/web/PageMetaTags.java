package com.flagmark.ingest.web;

import com.flagmark.ingest.decode.Dates;
import com.flagmark.ingest.decode.Whitespace;
import com.flagmark.model.ArticleDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page's head declares about its article: Open Graph and CMS meta tags, the
 * canonical link and the {@code <title>} element (looked for anywhere, since pages wrapped in
 * server templates can push it into the body).
 */
final class PageMetaTags {

    private static final List<String> DATE_NAMES = List.of("article:published_time", "og:article:published_time",
            "og:release_date", "pubdate", "publishdate", "publish_date", "publish-date", "publishtime",
            "publish_time", "ptime", "datepublished", "weibo:article:create_at", "dc.date.issued", "dc.date",
            "og:time", "firstpublishedtime");
    /** The publication time a WeChat post's script writes into its 发表于 line, in seconds since 1970. */
    private static final Pattern SCRIPT_TIMESTAMP = Pattern.compile("\\bvar\\s+ct\\s*=\\s*\"(\\d{9,10})\"");
    /** WeChat writes its script's times in Beijing time. */
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    /** Other dates a page's metadata gives, such as when it was last updated: they can complete a date shown without its year. */
    private static final List<String> OTHER_DATE_NAMES = List.of("dateupdate", "datemodified", "article:modified_time",
            "og:updated_time", "lastmodified", "last-modified");
    private static final List<String> SOURCE_NAMES = List.of("source", "article:source", "og:source",
            "contentsource");
    private static final List<String> URL_NAMES = List.of("og:url", "url");

    private final Document page;
    private final Map<String, String> contents = new HashMap<>();

    /** Reads the meta tags of a page: by property, name or itemprop, the first non-blank content of each. */
    PageMetaTags(Document page) {
        this.page = page;
        for (Element meta : page.select("meta[content]")) {
            String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
            if (key.isEmpty()) {
                key = meta.attr("itemprop");
            }
            String content = Whitespace.normalize(meta.attr("content"));
            if (!key.isEmpty() && !content.isEmpty()) {
                contents.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
            }
        }
    }

    /** Returns the text of the page's {@code <title>} element, whitespace normalised. */
    Optional<String> titleElement() {
        Element title = page.selectFirst("title");
        return title == null ? Optional.empty() : nonBlank(title.text());
    }

    /** Returns the og:title (or similar) the page declares. */
    Optional<String> declaredTitle() {
        return content(List.of("og:title", "articletitle", "twitter:title"));
    }

    /**
     * Returns the first publication date a meta tag gives, else the time a WeChat post's script
     * writes into the page as its 发表于 date.
     */
    Optional<Dates.Found> date() {
        for (String name : DATE_NAMES) {
            Optional<Dates.Found> found = content(List.of(name)).flatMap(Dates::find);
            if (found.isPresent()) {
                return found;
            }
        }
        return scriptDate();
    }

    /** Returns every day the page's metadata gives: publication dates first, then the others. */
    List<LocalDate> dates() {
        List<LocalDate> days = new ArrayList<>();
        date().ifPresent(found -> days.add(found.date().date()));
        for (String name : OTHER_DATE_NAMES) {
            content(List.of(name)).flatMap(Dates::find).ifPresent(found -> days.add(found.date().date()));
        }
        return days;
    }

    private Optional<Dates.Found> scriptDate() {
        for (Element script : page.select("script")) {
            Matcher matcher = SCRIPT_TIMESTAMP.matcher(script.data());
            if (matcher.find()) {
                OffsetDateTime time = Instant.ofEpochSecond(Long.parseLong(matcher.group(1))).atOffset(BEIJING);
                return Optional.of(new Dates.Found(ArticleDate.of(time), 3, 0, 0));
            }
        }
        return Optional.empty();
    }

    /** Returns the source a meta tag names. */
    Optional<String> source() {
        return content(SOURCE_NAMES);
    }

    /** Returns the page's own address if it is declared as an absolute http(s) URL. */
    Optional<String> url() {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null && isAbsoluteHttp(canonical.attr("href").trim())) {
            return Optional.of(canonical.attr("href").trim());
        }
        return content(URL_NAMES).filter(PageMetaTags::isAbsoluteHttp);
    }

    private Optional<String> content(List<String> names) {
        return names.stream().map(contents::get).filter(Objects::nonNull).findFirst();
    }

    private static boolean isAbsoluteHttp(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && !url.contains(" ")
                && lower.length() > "https://".length();
    }

    private static Optional<String> nonBlank(String text) {
        String normalised = Whitespace.normalize(text);
        return normalised.isEmpty() ? Optional.empty() : Optional.of(normalised);
    }
}
