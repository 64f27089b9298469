package org.ciip.shared.api;

import java.util.List;
import java.util.function.Function;

/** One page of a list. */
public record PageResult<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

    public static <T> PageResult<T> of(List<T> items, PageQuery query, long total) {
        int pages = (int) ((total + query.size() - 1) / query.size());
        return new PageResult<>(items, query.page(), query.size(), total, pages);
    }

    /** One page of a list already in memory. */
    public static <T> PageResult<T> slice(List<T> all, PageQuery query) {
        return of(all.stream().skip(query.offset()).limit(query.size()).toList(), query, all.size());
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalElements, totalPages);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
