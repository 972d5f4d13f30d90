package cn.silian.documents;

/**
 * One search result: the document, its space, and a snippet of where the words were found.
 * {@code snippetHtml} is HTML-escaped text in which only the {@code <mark>} tags are markup.
 */
public record SearchHit(DocumentRow document, Space space, String snippetHtml) {
}
