// CGraphviz shim: the Graphviz headers NewsGraph uses, plus accessors Swift 6
// cannot otherwise reach (mutable C globals are not concurrency-safe to read).
#ifndef NEWSGRAPH_CGRAPHVIZ_SHIM_H
#define NEWSGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Graph descriptors (the `Agdirected`/`Agundirected` globals) by value.
static inline Agdesc_t ng_agdirected(void) { return Agdirected; }
static inline Agdesc_t ng_agstrictdirected(void) { return Agstrictdirected; }
static inline Agdesc_t ng_agundirected(void) { return Agundirected; }

/// The resolution a laid-out graph is rendered at (0: the device's default). Read by the renderer, not by the
/// layout, so one layout can be rendered at several resolutions (SVG at 72 dpi, PNG at 110).
static inline void ng_set_render_dpi(Agraph_t *graph, double dpi) { GD_drawing(graph)->dpi = dpi; }

/// cgraph's lexer keeps its buffer between parses: text left after one graph (or after a syntax
/// error) would be read into the next and shift its line numbers. Exported by libcgraph, not declared
/// in its headers.
extern void aglexbad(void);

#endif
