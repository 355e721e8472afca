#ifndef CIMAGING_H
#define CIMAGING_H

#include <stddef.h>
#include <stdint.h>

// A small shim over libjpeg-turbo and libpng for CelluliteImaging. Every function returns one of
// the codes below and never ends the process: library errors (and libjpeg's warnings, which
// would otherwise let a truncated file decode as grey) come back as a code and a message.
// Buffers handed out are malloc'd; free them with cim_free.

enum {
    CIM_OK = 0,
    CIM_ERROR_DECODE = 1,     // the library refused the data; `message` says why
    CIM_ERROR_TOO_LARGE = 2,  // the header claims more pixels than allowed; width and height are set
    CIM_ERROR_MEMORY = 3,
};

#define CIM_MESSAGE_LENGTH 256

// Reads a JPEG's header only: its size in pixels.
int cim_jpeg_header(const uint8_t *data, size_t length, int *width, int *height, char *message);

// Decodes a JPEG to 8-bit RGB, using libjpeg's DCT scaling (1/2, 1/4, 1/8) to the smallest size
// whose long edge is still at least `min_long_edge`. Refuses more than `max_pixels` before
// decoding any pixel, and progressive files with more than 1,000 scans.
int cim_jpeg_decode(const uint8_t *data, size_t length, int min_long_edge, long max_pixels, uint8_t **rgb,
                    int *width, int *height, char *message);

// Decodes a PNG to 8-bit RGB composed over white (any bit depth, palette, grey or alpha).
int cim_png_decode(const uint8_t *data, size_t length, long max_pixels, uint8_t **rgb, int *width, int *height,
                   char *message);

// Area-average down-scaling of RGB pixels to width x height (each at most the source's).
int cim_resize(const uint8_t *source, int source_width, int source_height, int width, int height,
               uint8_t **result);

// Applies an EXIF orientation (1-8) to RGB pixels, so the result displays upright as orientation 1.
int cim_orient(const uint8_t *source, int width, int height, int orientation, uint8_t **result,
               int *result_width, int *result_height);

// Encodes RGB pixels as a baseline JPEG with a JFIF header and no other marker.
int cim_jpeg_encode(const uint8_t *rgb, int width, int height, int quality, uint8_t **jpeg, size_t *length,
                    char *message);

// Encodes RGB pixels as a PNG (for tests that need PNG input).
int cim_png_encode(const uint8_t *rgb, int width, int height, uint8_t **png, size_t *length, char *message);

void cim_free(void *pointer);

#endif
