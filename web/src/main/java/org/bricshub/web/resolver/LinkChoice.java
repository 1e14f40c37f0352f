package org.bricshub.web.resolver;

/**
 * One candidate link as the page of a 300 Multiple Choices answer shows it (public for the template).
 *
 * @param type the link type in the viewer's language
 * @param languages the target's languages, named in the viewer's language where the platform knows them
 * @param mediaType the target's media type, or empty
 */
public record LinkChoice(String href, String title, LinkTypeLabel type, String languages, String mediaType) {}
