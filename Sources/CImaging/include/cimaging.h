#ifndef CIMAGING_H
#define CIMAGING_H

#include <stddef.h>
#include <stdint.h>

// A small shim over libjpeg-turbo and libpng for CelluliteImaging. No function ever ends the
// process or writes to stderr: every library error, and every libjpeg warning (which would
// otherwise let a truncated file decode as grey), comes back as a code and a message. Each call
// has its own library state, so calls on different threads do not interfere. Buffers handed out
// are malloc'd; free them with cim_free. Nothing is read from or written to a file.

enum {
    CIM_OK = 0,
    CIM_ERROR_DECODE = 1,     // the library refused the data (or the encoder its input); `message` says why
    CIM_ERROR_TOO_LARGE = 2,  // the header claims more pixels than allowed; width and height are set
    CIM_ERROR_MEMORY = 3,
    CIM_ERROR_ARGUMENT = 4,   // sizes that do not fit the operation (a bug in the caller)
};

// The size of the `message` buffers below, terminating zero included.
#define CIM_MESSAGE_LENGTH 256

// The most scans a progressive (or multi-scan) JPEG may have before decoding stops: each scan is
// a pass over the whole image, so thousands of tiny ones make a decompression-time bomb.
#define CIM_JPEG_MAX_SCANS 1000

// Reads a JPEG's header only (up to its first scan): its size in pixels. No pixel is decoded.
int cim_jpeg_header(const uint8_t *data, size_t length, int *width, int *height, char *message);

// Decodes a JPEG to 8-bit RGB, using libjpeg's DCT scaling (1/2, 1/4, 1/8) to the smallest size
// whose long edge is still at least `min_long_edge`. Refuses more than `max_pixels` (by the
// header, before decoding any pixel), CMYK files, and files with more than CIM_JPEG_MAX_SCANS
// scans. On CIM_OK, *rgb holds *width x *height x 3 bytes.
int cim_jpeg_decode(const uint8_t *data, size_t length, int min_long_edge, long max_pixels, uint8_t **rgb,
                    int *width, int *height, char *message);

// Decodes a PNG to 8-bit RGB composed over white (any bit depth, palette, grey or alpha).
// Refuses more than `max_pixels` from the header, before any pixel is decoded.
int cim_png_decode(const uint8_t *data, size_t length, long max_pixels, uint8_t **rgb, int *width, int *height,
                   char *message);

// Area-average down-scaling of RGB pixels into `result` (width x height x 3 bytes, allocated by
// the caller); width and height are each at least 1 and at most the source's.
int cim_resize(const uint8_t *source, int source_width, int source_height, uint8_t *result, int width,
               int height);

// Writes RGB pixels turned and mirrored as EXIF `orientation` (1-8) says into `result` (width x
// height x 3 bytes, allocated by the caller), so they display upright with orientation 1. For
// orientations 5-8 the result is `height` pixels wide and `width` high.
int cim_orient(const uint8_t *source, int width, int height, int orientation, uint8_t *result);

// Encodes RGB pixels as a baseline JPEG (4:2:0) with a JFIF header and no other marker: no EXIF,
// no Adobe, ICC or comment segment.
int cim_jpeg_encode(const uint8_t *rgb, int width, int height, int quality, uint8_t **jpeg, size_t *length,
                    char *message);

// Encodes RGB pixels as a progressive JPEG, for tests: libjpeg's usual 10 scans, or with
// `bit_by_bit` the longest script libjpeg accepts (every coefficient of every component alone,
// refined one bit at a time: 2,090 scans), which decoding must refuse.
int cim_jpeg_encode_progressive(const uint8_t *rgb, int width, int height, int quality, int bit_by_bit,
                                uint8_t **jpeg, size_t *length, char *message);

// Encodes RGB pixels as a PNG with libpng's simplified API (for tests that need PNG input).
int cim_png_encode(const uint8_t *rgb, int width, int height, uint8_t **png, size_t *length, char *message);

void cim_free(void *pointer);

// Makes glibc keep every allocation of 8 MB or more in its own mapping, returned to the system
// when freed, instead of raising its threshold after large frees (up to 32 MB) and letting upload
// bodies and decoded images fragment the heap; and keep up to 4 MB of freed memory at the top of
// each heap for reuse rather than the default 128 KB. No effect elsewhere.
void cim_configure_allocator(void);

#endif
