// CZlib shim: zlib's inflate, for .gz pages and .warc.gz archives (Foundation on Linux exposes no gzip API).
#ifndef NEWSGRAPH_CZLIB_SHIM_H
#define NEWSGRAPH_CZLIB_SHIM_H

#include <zlib.h>

/// inflateInit2 is a macro; Swift cannot call it.
static inline int ng_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 15 + 16);
}

#endif
