package org.bricshub.web.resolver;

/**
 * One candidate link as the page of a 300 Multiple Choices answer shows it (public for the template).
 *
 * @param type the GS1 Web Vocabulary title of the link type (English: the vocabulary has no translations)
 * @param languages the target's languages, named in the viewer's language where the platform knows them
 * @param mediaType the target's media type, or empty
 */
public record LinkChoice(String href, String title, String type, String languages, String mediaType) {}
