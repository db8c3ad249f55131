// How much one page of search results may download: shared by the search page and the tests that pin it.

/** Results shown at once; a result's fragment (title, excerpt, facets) is fetched only when it is shown. */
export const PAGE_SIZE = 10;
/** Province indexes one page (or one "显示更多") may open once it has something to show. */
export const MAX_PARTITIONS_PER_PAGE = 3;
