package org.mcfed.index.validate;

import java.net.URI;

/** A fetched feed page: where it finally came from (after redirects), its media type and its bytes. */
record FetchedPage(URI url, String contentType, byte[] body) {
}
