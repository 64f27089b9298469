package org.ciip.notification;

import java.util.List;

/**
 * Many notices of one change, each with its own recipients and words (a warning reaching a thousand operators, each
 * told of its own assets): delivered like single notices, but in one statement and one e-mail publication.
 */
public record NoticeBatch(List<Notice> notices) {

    public NoticeBatch {
        notices = List.copyOf(notices);
    }
}
