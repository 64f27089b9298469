package org.ciip.sharing;

import java.util.List;

/** A page of objects (or of their versions) and, when there are more, the token of the next page. */
public record ObjectPage(List<SharedObject> objects, boolean more, String next) {
}
