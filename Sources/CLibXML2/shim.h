// CLibXML2 shim: the libxml2 headers NewsGraph's web readers use (HTML parser, XML reader, tree).
#ifndef NEWSGRAPH_CLIBXML2_SHIM_H
#define NEWSGRAPH_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, whose headers clash with the ICU copy inside Foundation.
// Nothing here reads the ICU fields of libxml2's structs, so their headers are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

/// xmlFree is a mutable global function pointer, which Swift 6 will not read; call it from C.
static inline void ng_xml_free(void *pointer) { xmlFree(pointer); }

#endif
