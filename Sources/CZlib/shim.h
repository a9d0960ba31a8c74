// CZlib shim: zlib's inflate, for .gz pages and .warc.gz archives (Foundation on Linux exposes no gzip API).
#ifndef NEWSGRAPH_CZLIB_SHIM_H
#define NEWSGRAPH_CZLIB_SHIM_H

#include <zlib.h>

/// inflateInit2 is a macro; Swift cannot call it.
static inline int ng_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 15 + 16);
}

/// deflateInit2 for gzip output (the tests write .gz fixtures with it).
static inline int ng_deflate_init_gzip(z_stream *stream) {
    return deflateInit2(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}

#endif
