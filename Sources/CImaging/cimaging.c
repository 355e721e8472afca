#include "cimaging.h"

#include <setjmp.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
// After jpeglib.h, which it needs: the message codes and ERREXIT, for the destination manager.
#include <jerror.h>
#include <png.h>

// libjpeg formats its messages into JMSG_LENGTH_MAX bytes; ours must hold any of them.
_Static_assert(CIM_MESSAGE_LENGTH >= JMSG_LENGTH_MAX, "a libjpeg message must fit the message buffer");

// Every `message` parameter may be NULL: the caller then only wants the code.
static void cim_set_message(char *message, const char *format, ...) {
    if (!message) return;
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(message, CIM_MESSAGE_LENGTH, format, arguments);
    va_end(arguments);
}

// MARK: libjpeg errors

// libjpeg's default error_exit prints to stderr and calls exit(); this one keeps the message and
// jumps back to the setjmp of the call that is running. Each call has its own, so threads never
// share one.
struct cim_jpeg_error {
    struct jpeg_error_mgr manager;
    jmp_buf jump;
    char *message;
};

static void cim_jpeg_error_exit(j_common_ptr info) {
    struct cim_jpeg_error *error = (struct cim_jpeg_error *)info->err;
    if (error->message) (*info->err->format_message)(info, error->message);
    longjmp(error->jump, 1);
}

// Level -1 is a warning: corrupt entropy data, a premature end of file (for which libjpeg would
// insert a fake end of image and fill the rest grey), an extraneous byte. A photo that is partly
// missing or damaged is refused, so a warning ends decoding like an error. Levels 0 and up are
// trace messages, which are dropped.
static void cim_jpeg_emit_message(j_common_ptr info, int level) {
    if (level < 0) cim_jpeg_error_exit(info);
}

// libjpeg calls this to print a message to stderr; a server's stderr is not for its input's
// problems, which go back to the caller instead.
static void cim_jpeg_output_message(j_common_ptr info) { (void)info; }

static void cim_jpeg_errors(struct cim_jpeg_error *error, char *message) {
    jpeg_std_error(&error->manager);
    error->manager.error_exit = cim_jpeg_error_exit;
    error->manager.emit_message = cim_jpeg_emit_message;
    error->manager.output_message = cim_jpeg_output_message;
    error->message = message;
    if (message) message[0] = 0;
}

// Called between scans (and rows): a file with more scans than any camera writes is a
// decompression-time bomb, stopped the way libjpeg-turbo's own djpeg -maxscans stops it.
static void cim_jpeg_progress(j_common_ptr info) {
    if (!info->is_decompressor) return;
    j_decompress_ptr decompress = (j_decompress_ptr)info;
    if (decompress->input_scan_number > CIM_JPEG_MAX_SCANS) {
        struct cim_jpeg_error *error = (struct cim_jpeg_error *)info->err;
        cim_set_message(error->message, "the JPEG has more than %d scans", CIM_JPEG_MAX_SCANS);
        longjmp(error->jump, 1);
    }
}

// Decoding a progressive 40-megapixel file keeps all its coefficients in memory (about 240 MB at
// 4:4:4). With this cap, and no backing store, a file that needs more fails instead of growing
// without bound.
#define CIM_JPEG_MAX_MEMORY (384L * 1024 * 1024)

// MARK: JPEG decoding

int cim_jpeg_header(const uint8_t *data, size_t length, int *width, int *height, char *message) {
    struct jpeg_decompress_struct info;
    struct cim_jpeg_error error;
    // Zeroed first: jpeg_destroy_decompress on the error path must find no stray pointer, even
    // if jpeg_create_decompress itself failed.
    memset(&info, 0, sizeof info);
    cim_jpeg_errors(&error, message);
    info.err = &error.manager;
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&info);
        return CIM_ERROR_DECODE;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, data, (unsigned long)length);
    jpeg_read_header(&info, TRUE);
    *width = (int)info.image_width;
    *height = (int)info.image_height;
    jpeg_destroy_decompress(&info);
    return CIM_OK;
}

int cim_jpeg_decode(const uint8_t *data, size_t length, int min_long_edge, long max_pixels, uint8_t **rgb,
                    int *width, int *height, char *message) {
    struct jpeg_decompress_struct info;
    struct cim_jpeg_error error;
    struct jpeg_progress_mgr progress;
    // volatile: set after setjmp, and read on the longjmp path to free it.
    uint8_t *volatile pixels = NULL;
    *rgb = NULL;
    memset(&info, 0, sizeof info);
    memset(&progress, 0, sizeof progress);
    cim_jpeg_errors(&error, message);
    info.err = &error.manager;
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&info);
        free(pixels);
        return CIM_ERROR_DECODE;
    }
    jpeg_create_decompress(&info);
    info.mem->max_memory_to_use = CIM_JPEG_MAX_MEMORY;
    progress.progress_monitor = cim_jpeg_progress;
    info.progress = &progress;
    jpeg_mem_src(&info, data, (unsigned long)length);
    jpeg_read_header(&info, TRUE);

    // The header's size is all that is known yet: refuse a bomb before anything is allocated.
    *width = (int)info.image_width;
    *height = (int)info.image_height;
    if ((long)info.image_width * (long)info.image_height > max_pixels) {
        jpeg_destroy_decompress(&info);
        return CIM_ERROR_TOO_LARGE;
    }
    // libjpeg-turbo converts CMYK to nothing but CMYK; say so rather than "unsupported conversion".
    if (info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK) {
        cim_set_message(message, "CMYK JPEGs are not supported; save the photo as RGB");
        jpeg_destroy_decompress(&info);
        return CIM_ERROR_DECODE;
    }

    // DCT scaling does most of the down-scaling for free: the largest denominator whose output
    // still has a long edge of at least min_long_edge (floor, so the rounding never takes it
    // below). The area-average resize does the rest.
    long long_edge = info.image_width > info.image_height ? (long)info.image_width : (long)info.image_height;
    unsigned int denominator = 1;
    while (denominator < 8 && long_edge / (long)(denominator * 2) >= (long)min_long_edge) denominator *= 2;
    info.scale_num = 1;
    info.scale_denom = denominator;
    info.out_color_space = JCS_RGB;  // greyscale and YCbCr files are converted by libjpeg
    jpeg_start_decompress(&info);
    if (info.output_components != 3) {
        cim_set_message(message, "the JPEG's colours cannot be converted to RGB");
        jpeg_destroy_decompress(&info);
        return CIM_ERROR_DECODE;
    }

    size_t stride = (size_t)info.output_width * 3;
    pixels = malloc(stride * info.output_height);
    if (!pixels) {
        jpeg_destroy_decompress(&info);
        return CIM_ERROR_MEMORY;
    }
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = pixels + stride * info.output_scanline;
        // A memory source never suspends (a missing end is a warning, hence an error), so no
        // row read means something is wrong: stop rather than loop.
        if (jpeg_read_scanlines(&info, &row, 1) != 1) {
            cim_set_message(message, "the JPEG's image data ended early");
            jpeg_destroy_decompress(&info);
            free(pixels);
            return CIM_ERROR_DECODE;
        }
    }
    // Reads on to the end of image, so damage after the last row is still noticed.
    jpeg_finish_decompress(&info);
    *width = (int)info.output_width;
    *height = (int)info.output_height;
    jpeg_destroy_decompress(&info);
    *rgb = pixels;
    return CIM_OK;
}

// MARK: JPEG encoding

// A growing memory destination of our own. libjpeg's jpeg_mem_dest only hands its buffer back in
// jpeg_finish_compress, so after an error midway the caller would hold a stale pointer (freed by
// a reallocation) and the live buffer would leak; here the buffer is always in `buffer`.
struct cim_destination {
    struct jpeg_destination_mgr manager;
    uint8_t *buffer;
    size_t capacity;
    size_t length;
};

static void cim_destination_init(j_compress_ptr info) {
    struct cim_destination *destination = (struct cim_destination *)info->dest;
    destination->buffer = malloc(destination->capacity);
    if (!destination->buffer) ERREXIT1(info, JERR_OUT_OF_MEMORY, 1);
    destination->manager.next_output_byte = destination->buffer;
    destination->manager.free_in_buffer = destination->capacity;
}

// Called when the whole buffer is full (libjpeg ignores the pointers when it is called).
static boolean cim_destination_grow(j_compress_ptr info) {
    struct cim_destination *destination = (struct cim_destination *)info->dest;
    size_t used = destination->capacity;
    size_t capacity = used * 2;
    uint8_t *grown = realloc(destination->buffer, capacity);
    // On failure the old buffer is still in `buffer`, and the error path frees it.
    if (!grown) ERREXIT1(info, JERR_OUT_OF_MEMORY, 2);
    destination->buffer = grown;
    destination->capacity = capacity;
    destination->manager.next_output_byte = grown + used;
    destination->manager.free_in_buffer = capacity - used;
    return TRUE;
}

static void cim_destination_term(j_compress_ptr info) {
    struct cim_destination *destination = (struct cim_destination *)info->dest;
    destination->length = destination->capacity - destination->manager.free_in_buffer;
}

enum cim_scans { CIM_SCANS_BASELINE, CIM_SCANS_PROGRESSIVE, CIM_SCANS_BIT_BY_BIT };

// The longest scan script libjpeg accepts for three components (jcmaster.c's validate_script):
// the DC coefficients of all three together, then each AC coefficient of each component alone,
// each first sent with its low 10 bits dropped (the most an 8-bit encoder allows) and then
// refined one bit at a time: (1 + 3 x 63) x 11 = 2,090 scans. Allocated in the compressor's
// own pool, so destroying it frees the script on every path.
static void cim_bit_by_bit_script(j_compress_ptr info) {
    enum { LOW_BITS = 10, PASSES = LOW_BITS + 1, SCANS = (1 + 3 * 63) * PASSES };
    jpeg_scan_info *scans =
        (*info->mem->alloc_small)((j_common_ptr)info, JPOOL_PERMANENT, SCANS * sizeof(jpeg_scan_info));
    int count = 0;
    for (int pass = 0; pass < PASSES; pass++) {
        jpeg_scan_info *scan = &scans[count++];
        memset(scan, 0, sizeof *scan);
        scan->comps_in_scan = 3;
        for (int component = 0; component < 3; component++) scan->component_index[component] = component;
        scan->Ah = pass == 0 ? 0 : LOW_BITS + 1 - pass;
        scan->Al = LOW_BITS - pass;
    }
    for (int component = 0; component < 3; component++) {
        for (int coefficient = 1; coefficient < 64; coefficient++) {
            for (int pass = 0; pass < PASSES; pass++) {
                jpeg_scan_info *scan = &scans[count++];
                memset(scan, 0, sizeof *scan);
                scan->comps_in_scan = 1;
                scan->component_index[0] = component;
                scan->Ss = scan->Se = coefficient;
                scan->Ah = pass == 0 ? 0 : LOW_BITS + 1 - pass;
                scan->Al = LOW_BITS - pass;
            }
        }
    }
    info->scan_info = scans;
    info->num_scans = count;
}

static int cim_jpeg_compress(const uint8_t *rgb, int width, int height, int quality, enum cim_scans scans,
                             uint8_t **jpeg, size_t *length, char *message) {
    *jpeg = NULL;
    *length = 0;
    if (!rgb || width < 1 || height < 1) return CIM_ERROR_ARGUMENT;
    struct jpeg_compress_struct info;
    struct cim_jpeg_error error;
    struct cim_destination destination;
    memset(&info, 0, sizeof info);
    // Every field set before setjmp: after a longjmp, `buffer` holds whatever the callbacks last
    // stored through info.dest.
    memset(&destination, 0, sizeof destination);
    destination.manager.init_destination = cim_destination_init;
    destination.manager.empty_output_buffer = cim_destination_grow;
    destination.manager.term_destination = cim_destination_term;
    // About a quarter of a byte per pixel is a typical quality-85 photo; the buffer doubles if not.
    destination.capacity = (size_t)width * (size_t)height / 4 + 16384;
    cim_jpeg_errors(&error, message);
    info.err = &error.manager;
    if (setjmp(error.jump)) {
        jpeg_destroy_compress(&info);
        free(destination.buffer);
        return CIM_ERROR_DECODE;
    }
    jpeg_create_compress(&info);
    info.dest = &destination.manager;
    info.image_width = (JDIMENSION)width;
    info.image_height = (JDIMENSION)height;
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);  // YCbCr 4:2:0, standard Huffman tables
    jpeg_set_quality(&info, quality, TRUE);  // baseline quantisation tables (8-bit)
    // The JFIF APP0 and nothing else: no Adobe marker, and no EXIF, ICC or comment is ever
    // written (this file never calls jpeg_write_marker or jpeg_write_icc_profile).
    info.write_JFIF_header = TRUE;
    info.write_Adobe_marker = FALSE;
    if (scans == CIM_SCANS_PROGRESSIVE) jpeg_simple_progression(&info);
    if (scans == CIM_SCANS_BIT_BY_BIT) cim_bit_by_bit_script(&info);
    jpeg_start_compress(&info, TRUE);
    size_t stride = (size_t)width * 3;
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = (JSAMPROW)(rgb + stride * info.next_scanline);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    *jpeg = destination.buffer;
    *length = destination.length;
    return CIM_OK;
}

int cim_jpeg_encode(const uint8_t *rgb, int width, int height, int quality, uint8_t **jpeg, size_t *length,
                    char *message) {
    return cim_jpeg_compress(rgb, width, height, quality, CIM_SCANS_BASELINE, jpeg, length, message);
}

int cim_jpeg_encode_progressive(const uint8_t *rgb, int width, int height, int quality, int bit_by_bit,
                                uint8_t **jpeg, size_t *length, char *message) {
    return cim_jpeg_compress(rgb, width, height, quality, bit_by_bit ? CIM_SCANS_BIT_BY_BIT : CIM_SCANS_PROGRESSIVE,
                             jpeg, length, message);
}

// MARK: PNG

// libpng's simplified API keeps its own setjmp: an error comes back as 0 with image.message set,
// and warnings are stored in image.message rather than printed. Both calls free the image's
// library state themselves when they fail, and png_image_finish_read whenever it returns.
int cim_png_decode(const uint8_t *data, size_t length, long max_pixels, uint8_t **rgb, int *width, int *height,
                   char *message) {
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    *rgb = NULL;
    if (message) message[0] = 0;
    if (!png_image_begin_read_from_memory(&image, data, length)) {
        cim_set_message(message, "%s", image.message);
        png_image_free(&image);
        return CIM_ERROR_DECODE;
    }
    // Only IHDR and the chunks before the image data have been read: refuse a bomb now.
    *width = (int)image.width;
    *height = (int)image.height;
    if ((long)image.width * (long)image.height > max_pixels) {
        png_image_free(&image);
        return CIM_ERROR_TOO_LARGE;
    }
    // 8-bit sRGB RGB whatever the file holds (16-bit, palette, grey, alpha), alpha composed over white.
    image.format = PNG_FORMAT_RGB;
    uint8_t *pixels = malloc(PNG_IMAGE_SIZE(image));
    if (!pixels) {
        png_image_free(&image);
        return CIM_ERROR_MEMORY;
    }
    png_color white = {255, 255, 255};
    if (!png_image_finish_read(&image, &white, pixels, 0, NULL)) {
        cim_set_message(message, "%s", image.message);
        free(pixels);
        png_image_free(&image);
        return CIM_ERROR_DECODE;
    }
    *rgb = pixels;
    return CIM_OK;
}

int cim_png_encode(const uint8_t *rgb, int width, int height, uint8_t **png, size_t *length, char *message) {
    *png = NULL;
    *length = 0;
    if (!rgb || width < 1 || height < 1) return CIM_ERROR_ARGUMENT;
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    image.width = (png_uint_32)width;
    image.height = (png_uint_32)height;
    image.format = PNG_FORMAT_RGB;
    if (message) message[0] = 0;
    // First the size the PNG needs, then the PNG itself into a buffer of that size.
    size_t size = 0;
    if (!png_image_write_get_memory_size(image, size, 0, rgb, 0, NULL)) {
        cim_set_message(message, "%s", image.message);
        return CIM_ERROR_DECODE;
    }
    uint8_t *buffer = malloc(size);
    if (!buffer) return CIM_ERROR_MEMORY;
    if (!png_image_write_to_memory(&image, buffer, &size, 0, rgb, 0, NULL)) {
        cim_set_message(message, "%s", image.message);
        free(buffer);
        return CIM_ERROR_DECODE;
    }
    *png = buffer;
    *length = size;
    return CIM_OK;
}

// MARK: Resizing

// The weights of an area average along one axis, from n source pixels to m (1 <= m <= n):
// output pixel i covers the source interval [i n/m, (i+1) n/m), and each source pixel it touches
// counts by the length of their overlap, the weights of one output pixel adding up to 1.
// Floats, so that any ratio (a 40,000,000 x 1 PNG as much as a photo) keeps its precision.
struct cim_axis {
    int *first;      // the first source pixel of output pixel i
    int *count;      // how many source pixels it covers
    int *offset;     // where its weights start in `weights`
    float *weights;  // at most n + m in all: neighbours share only their boundary pixel
};

static void cim_axis_free(struct cim_axis *axis) {
    free(axis->first);
    free(axis->count);
    free(axis->offset);
    free(axis->weights);
}

static int cim_axis_build(struct cim_axis *axis, int n, int m) {
    axis->first = malloc((size_t)m * sizeof(int));
    axis->count = malloc((size_t)m * sizeof(int));
    axis->offset = malloc((size_t)m * sizeof(int));
    axis->weights = malloc(((size_t)n + (size_t)m) * sizeof(float));
    if (!axis->first || !axis->count || !axis->offset || !axis->weights) return CIM_ERROR_MEMORY;
    int next = 0;
    for (int i = 0; i < m; i++) {
        // In units of 1/m of a source pixel, so every bound is an integer.
        long long start = (long long)i * n;
        long long end = (long long)(i + 1) * n;
        int first = (int)(start / m);
        int last = (int)((end - 1) / m);
        axis->first[i] = first;
        axis->count[i] = last - first + 1;
        axis->offset[i] = next;
        for (int j = first; j <= last; j++) {
            long long low = (long long)j * m > start ? (long long)j * m : start;
            long long high = (long long)(j + 1) * m < end ? (long long)(j + 1) * m : end;
            axis->weights[next++] = (float)((double)(high - low) / (double)n);
        }
    }
    return CIM_OK;
}

// One source row averaged horizontally into `out` (width x 3 floats).
static void cim_resize_row(const uint8_t *row, const struct cim_axis *axis, int width, float *out) {
    for (int x = 0; x < width; x++) {
        const uint8_t *in = row + (size_t)axis->first[x] * 3;
        const float *weight = axis->weights + axis->offset[x];
        int count = axis->count[x];
        float red = 0, green = 0, blue = 0;
        for (int k = 0; k < count; k++, in += 3) {
            red += weight[k] * in[0];
            green += weight[k] * in[1];
            blue += weight[k] * in[2];
        }
        out[x * 3] = red;
        out[x * 3 + 1] = green;
        out[x * 3 + 2] = blue;
    }
}

static uint8_t cim_to_byte(float value) {
    if (value <= 0) return 0;
    if (value >= 255) return 255;
    return (uint8_t)(value + 0.5f);
}

// Separable: each source row is averaged horizontally once, into a ring of the rows the current
// output row needs (consecutive output rows share at most one source row), and the output row
// is their weighted sum. Memory beyond the result: a few rows, not a second image.
int cim_resize(const uint8_t *source, int source_width, int source_height, uint8_t *result, int width,
               int height) {
    if (!source || !result || width < 1 || height < 1 || width > source_width || height > source_height)
        return CIM_ERROR_ARGUMENT;
    struct cim_axis horizontal = {0}, vertical = {0};
    float *ring = NULL, *sum = NULL;
    int code = cim_axis_build(&horizontal, source_width, width);
    if (code == CIM_OK) code = cim_axis_build(&vertical, source_height, height);
    int ring_rows = 1;
    if (code == CIM_OK) {
        for (int y = 0; y < height; y++)
            if (vertical.count[y] > ring_rows) ring_rows = vertical.count[y];
        size_t row_floats = (size_t)width * 3;
        ring = malloc((size_t)ring_rows * row_floats * sizeof(float));
        sum = malloc(row_floats * sizeof(float));
        if (!ring || !sum) code = CIM_ERROR_MEMORY;
    }
    if (code == CIM_OK) {
        size_t row_floats = (size_t)width * 3;
        int done = -1;  // the last source row averaged into the ring
        for (int y = 0; y < height; y++) {
            int first = vertical.first[y];
            int count = vertical.count[y];
            const float *weight = vertical.weights + vertical.offset[y];
            for (int sy = done + 1; sy < first + count; sy++) {
                cim_resize_row(source + (size_t)sy * source_width * 3, &horizontal, width,
                               ring + (size_t)(sy % ring_rows) * row_floats);
            }
            if (first + count - 1 > done) done = first + count - 1;
            memset(sum, 0, row_floats * sizeof(float));
            for (int k = 0; k < count; k++) {
                const float *row = ring + (size_t)((first + k) % ring_rows) * row_floats;
                float w = weight[k];
                for (size_t i = 0; i < row_floats; i++) sum[i] += w * row[i];
            }
            uint8_t *out = result + (size_t)y * row_floats;
            for (size_t i = 0; i < row_floats; i++) out[i] = cim_to_byte(sum[i]);
        }
    }
    free(ring);
    free(sum);
    cim_axis_free(&horizontal);
    cim_axis_free(&vertical);
    return code;
}

// MARK: Orientation

// Output pixels are copied in square tiles: for the turned orientations (5-8) a source column
// becomes an output row, and tiles keep the source reads within a few cache lines.
#define CIM_TILE 64

int cim_orient(const uint8_t *source, int width, int height, int orientation, uint8_t *result) {
    if (!source || !result || width < 1 || height < 1) return CIM_ERROR_ARGUMENT;
    if (orientation < 1 || orientation > 8) orientation = 1;
    int turned = orientation >= 5;
    int out_width = turned ? height : width;
    int out_height = turned ? width : height;
    // The stored pixel shown at output (x, y) is source[base + x * dx + y * dy], counted in pixels.
    ptrdiff_t w = width, h = height;
    ptrdiff_t base, dx, dy;
    switch (orientation) {
        case 2:  // mirrored left-right
            base = w - 1;
            dx = -1;
            dy = w;
            break;
        case 3:  // turned 180 degrees
            base = (h - 1) * w + w - 1;
            dx = -1;
            dy = -w;
            break;
        case 4:  // mirrored top-bottom
            base = (h - 1) * w;
            dx = 1;
            dy = -w;
            break;
        case 5:  // transposed (mirrored, then turned 90 degrees anticlockwise)
            base = 0;
            dx = w;
            dy = 1;
            break;
        case 6:  // to be turned 90 degrees clockwise
            base = (h - 1) * w;
            dx = -w;
            dy = 1;
            break;
        case 7:  // transversed (mirrored, then turned 90 degrees clockwise)
            base = (h - 1) * w + w - 1;
            dx = -w;
            dy = -1;
            break;
        case 8:  // to be turned 90 degrees anticlockwise
            base = w - 1;
            dx = w;
            dy = -1;
            break;
        default:  // upright
            base = 0;
            dx = 1;
            dy = w;
            break;
    }
    for (int ty = 0; ty < out_height; ty += CIM_TILE) {
        int y_end = ty + CIM_TILE < out_height ? ty + CIM_TILE : out_height;
        for (int tx = 0; tx < out_width; tx += CIM_TILE) {
            int x_end = tx + CIM_TILE < out_width ? tx + CIM_TILE : out_width;
            for (int y = ty; y < y_end; y++) {
                // An index rather than a pointer: stepping backwards past the first pixel after
                // the last copy must not form an out-of-bounds pointer.
                ptrdiff_t in = (base + (ptrdiff_t)tx * dx + (ptrdiff_t)y * dy) * 3;
                ptrdiff_t step = dx * 3;
                uint8_t *out = result + ((size_t)y * out_width + tx) * 3;
                for (int x = tx; x < x_end; x++, in += step, out += 3) {
                    out[0] = source[in];
                    out[1] = source[in + 1];
                    out[2] = source[in + 2];
                }
            }
        }
    }
    return CIM_OK;
}

void cim_free(void *pointer) { free(pointer); }

void cim_configure_allocator(void) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 8 << 20);
    mallopt(M_TRIM_THRESHOLD, 4 << 20);
#endif
}
