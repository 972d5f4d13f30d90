package cn.silian.documents;

import java.util.List;

/** A page of search results and how many there are in all. */
public record SearchPage(List<SearchHit> hits, long total) {

    public static final SearchPage EMPTY = new SearchPage(List.of(), 0);
}
