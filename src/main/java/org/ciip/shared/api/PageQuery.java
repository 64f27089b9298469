package org.ciip.shared.api;

import java.util.Map;

/**
 * Paging and sorting of a list: page from 0, size 1 to 200, sort as {@code field,asc|desc} over a whitelist of
 * fields mapped to SQL expressions, so that nothing a client sends reaches the SQL text.
 */
public record PageQuery(int page, int size, String orderBy) {

    public static final int MAX_SIZE = 200;

    public static PageQuery of(Integer page, Integer size, String sort, Map<String, String> sortable, String defaultOrder) {
        Validation v = new Validation();
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        v.require(p >= 0, "page", "validation.min", "must be 0 or more", 0);
        v.require(s >= 1 && s <= MAX_SIZE, "size", "validation.range", "must be between 1 and " + MAX_SIZE, 1, MAX_SIZE);
        String order = defaultOrder;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",");
            String column = sortable.get(parts[0].trim());
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
            if (column == null) {
                v.add("sort", "validation.sort", "can sort by " + String.join(", ", sortable.keySet()));
            } else if (!direction.equals("asc") && !direction.equals("desc")) {
                v.add("sort", "validation.sort", "direction must be asc or desc");
            } else {
                order = column + " " + direction + ", " + defaultOrder;
            }
        }
        v.throwIfInvalid();
        return new PageQuery(p, s, order);
    }

    public int offset() {
        return page * size;
    }
}
