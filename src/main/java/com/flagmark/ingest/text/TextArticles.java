package com.flagmark.ingest.text;

import com.flagmark.ingest.decode.ArticleDraft;
import com.flagmark.ingest.decode.FrontMatter;
import com.flagmark.model.Article;
import com.flagmark.nlp.WordSegmenter;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The entry to reading text and posts: a post with front matter, Markdown, plain text, an HTML
 * fragment, or the lines of a web page's article, each made into articles. Metadata lines and
 * chrome are taken out, lines a layout broke are joined, blocks are told apart, and a page of
 * several stories becomes one article per story.
 */
public final class TextArticles {

    private final ArticleAssembler assembler;

    /** Reads text that asks {@code segmenter} about words across broken lines. */
    public TextArticles(WordSegmenter segmenter) {
        this.assembler = new ArticleAssembler(segmenter);
    }

    /**
     * Reads a post: the metadata of its front matter and its Markdown or HTML body, as one
     * article. The text must begin with front matter, as {@link com.flagmark.ingest.decode.Format} found.
     */
    public Article post(String text, String fileName) {
        FrontMatter frontMatter = FrontMatter.find(text).orElseThrow();
        ArticleDraft draft = new ArticleDraft();
        Posts.readFrontMatter(frontMatter, fileName, draft);
        return assembler.single(MarkdownBody.lines(frontMatter.body()), draft);
    }

    /** Reads Markdown without front matter, its first heading the title, as one article. */
    public Article markdown(String markdown) {
        ArticleDraft draft = new ArticleDraft();
        return assembler.single(Posts.markdownWithTitle(markdown, draft), draft);
    }

    /** Reads an HTML fragment as a page that may hold several stories. */
    public List<Article> htmlFragment(String html) {
        return assembler.page(HtmlBlocks.of(Jsoup.parseBodyFragment(html).body()), new ArticleDraft());
    }

    /**
     * Reads plain text, metadata in its first lines, as a page that may hold several stories. A
     * single story that found no headline of its own takes the short lines it opens with, set
     * off by a blank line, as its title rather than as a heading of its body.
     */
    public List<Article> plainText(String text) {
        ArticleDraft draft = new ArticleDraft();
        List<RawBlock> lines = PlainText.lines(text);
        List<Article> articles = assembler.page(PlainText.readHeader(lines, draft), draft);
        if (articles.size() != 1 || articles.get(0).title().isPresent()) {
            return articles;
        }
        return PlainText.headline(text).map(headline -> {
            ArticleDraft titled = new ArticleDraft();
            titled.title(headline.title());
            List<Article> retitled = assembler.page(lines.subList(headline.lines(), lines.size()), titled);
            return retitled.size() == 1 ? retitled : articles;
        }).orElse(articles);
    }

    /** Reads the lines of a web page's article, with the metadata found around it, as one article. */
    public Article webPage(List<RawBlock> lines, ArticleDraft draft) {
        return assembler.single(lines, draft);
    }
}
