package org.zerodistance.domain;

/** A service post as the clerk entered it, checked: a name, a category and at least one person needed. */
public record PostDraft(long communityId, String name, String category, String description, int peopleNeeded) {

    public static final int MAX_PEOPLE = 999;

    public PostDraft {
        name = Texts.required(name, 100, "post.error.nameRequired", "post.error.nameTooLong");
        category = Texts.required(category, 50, "post.error.categoryRequired", "post.error.categoryTooLong");
        description = Texts.optional(description, 2000, "post.error.descriptionTooLong");
        if (peopleNeeded < 1 || peopleNeeded > MAX_PEOPLE) {
            throw new DomainException("post.error.peopleNeeded", MAX_PEOPLE);
        }
    }
}
