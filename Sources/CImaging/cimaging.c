#include "cimaging.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <png.h>

// MARK: libjpeg errors

// libjpeg's default error_exit calls exit(); this one jumps back to the caller's setjmp with the
// message kept. Warnings (msg_level -1: corrupt data, premature end) are errors here: a photo
// that is partly missing must be refused, not stored half grey.
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

static void cim_jpeg_emit_message(j_common_ptr info, int level) {
    if (level < 0) cim_jpeg_error_exit(info);  // a warning: stop
}

static void cim_jpeg_output_message(j_common_ptr info) { (void)info; }  // never to stderr

static void cim_jpeg_errors(struct cim_jpeg_error *error, char *message) {
    jpeg_std_error(&error->manager);
    error->manager.error_exit = cim_jpeg_error_exit;
    error->manager.emit_message = cim_jpeg_emit_message;
    error->manager.output_message = cim_jpeg_output_message;
    error->message = message;
    if (message) message[0] = 0;
}

// A progressive JPEG may hold thousands of tiny scans, each a pass over the whole image: a
// decompression-time bomb. libjpeg-turbo's djpeg bounds them the same way.
#define CIM_MAX_SCANS 1000

static void cim_jpeg_progress(j_common_ptr info) {
    if (info->is_decompressor) {
        j_decompress_ptr decompress = (j_decompress_ptr)info;
        if (decompress->input_scan_number > CIM_MAX_SCANS) {
            struct cim_jpeg_error *error = (struct cim_jpeg_error *)info->err;
            if (error->message)
                snprintf(error->message, CIM_MESSAGE_LENGTH, "more than %d progressive scans", CIM_MAX_SCANS);
            longjmp(error->jump, 1);
        }
    }
}

// Decoding a progressive 40-megapixel file needs its coefficients in memory; more than this, and
// libjpeg (with no backing store) fails instead of growing without bound.
#define CIM_JPEG_MAX_MEMORY (384L * 1024 * 1024)

// MARK: JPEG

int cim_jpeg_header(const uint8_t *data, size_t length, int *width, int *height, char *message) {
    struct jpeg_decompress_struct info;
    struct cim_jpeg_error error;
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
    uint8_t *volatile pixels = NULL;
    *rgb = NULL;
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
    *width = (int)info.image_width;
    *height = (int)info.image_height;
    if ((long)info.image_width * (long)info.image_height > max_pixels) {
        jpeg_destroy_decompress(&info);
        return CIM_ERROR_TOO_LARGE;
    }
    long long_edge = info.image_width > info.image_height ? info.image_width : info.image_height;
    unsigned int denominator = 1;
    while (denominator < 8 && long_edge / (denominator * 2) >= min_long_edge) denominator *= 2;
    info.scale_num = 1;
    info.scale_denom = denominator;
    info.out_color_space = JCS_RGB;
    jpeg_start_decompress(&info);
    if (info.output_components != 3) {
        if (message) snprintf(message, CIM_MESSAGE_LENGTH, "unsupported colour layout");
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
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    *width = (int)info.output_width;
    *height = (int)info.output_height;
    jpeg_destroy_decompress(&info);
    *rgb = pixels;
    return CIM_OK;
}

int cim_jpeg_encode(const uint8_t *rgb, int width, int height, int quality, uint8_t **jpeg, size_t *length,
                    char *message) {
    struct jpeg_compress_struct info;
    struct cim_jpeg_error error;
    // Address-taken, so kept in memory: after a longjmp it holds what libjpeg last stored there.
    unsigned char *destination = NULL;
    unsigned long size = 0;
    *jpeg = NULL;
    cim_jpeg_errors(&error, message);
    info.err = &error.manager;
    if (setjmp(error.jump)) {
        jpeg_destroy_compress(&info);
        free(destination);
        return CIM_ERROR_DECODE;
    }
    jpeg_create_compress(&info);
    jpeg_mem_dest(&info, &destination, &size);
    info.image_width = (JDIMENSION)width;
    info.image_height = (JDIMENSION)height;
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);  // JFIF APP0 only; no Adobe, EXIF or comment marker is ever written
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);
    size_t stride = (size_t)width * 3;
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = (JSAMPROW)(rgb + stride * info.next_scanline);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    *jpeg = destination;
    *length = size;
    return CIM_OK;
}

// MARK: PNG

// The simplified API keeps its own setjmp: errors come back as 0 with image.message set.
int cim_png_decode(const uint8_t *data, size_t length, long max_pixels, uint8_t **rgb, int *width, int *height,
                   char *message) {
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    *rgb = NULL;
    if (message) message[0] = 0;
    if (!png_image_begin_read_from_memory(&image, data, length)) {
        if (message) snprintf(message, CIM_MESSAGE_LENGTH, "%s", image.message);
        png_image_free(&image);
        return CIM_ERROR_DECODE;
    }
    *width = (int)image.width;
    *height = (int)image.height;
    if ((long)image.width * (long)image.height > max_pixels) {
        png_image_free(&image);
        return CIM_ERROR_TOO_LARGE;
    }
    image.format = PNG_FORMAT_RGB;
    uint8_t *pixels = malloc(PNG_IMAGE_SIZE(image));
    if (!pixels) {
        png_image_free(&image);
        return CIM_ERROR_MEMORY;
    }
    png_color white = {255, 255, 255};
    if (!png_image_finish_read(&image, &white, pixels, 0, NULL)) {
        if (message) snprintf(message, CIM_MESSAGE_LENGTH, "%s", image.message);
        free(pixels);
        png_image_free(&image);
        return CIM_ERROR_DECODE;
    }
    *rgb = pixels;
    return CIM_OK;
}

int cim_png_encode(const uint8_t *rgb, int width, int height, uint8_t **png, size_t *length, char *message) {
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    image.width = (png_uint_32)width;
    image.height = (png_uint_32)height;
    image.format = PNG_FORMAT_RGB;
    *png = NULL;
    size_t size = 0;
    if (!png_image_write_get_memory_size(image, size, 0, rgb, 0, NULL)) {
        if (message) snprintf(message, CIM_MESSAGE_LENGTH, "%s", image.message);
        return CIM_ERROR_DECODE;
    }
    uint8_t *buffer = malloc(size);
    if (!buffer) return CIM_ERROR_MEMORY;
    if (!png_image_write_to_memory(&image, buffer, &size, 0, rgb, 0, NULL)) {
        if (message) snprintf(message, CIM_MESSAGE_LENGTH, "%s", image.message);
        free(buffer);
        return CIM_ERROR_DECODE;
    }
    *png = buffer;
    *length = size;
    return CIM_OK;
}

// MARK: Pixels

int cim_resize(const uint8_t *source, int source_width, int source_height, int width, int height,
               uint8_t **result) {
    *result = NULL;
    if (width < 1 || height < 1 || width > source_width || height > source_height) return CIM_ERROR_DECODE;
    uint8_t *pixels = malloc((size_t)width * height * 3);
    if (!pixels) return CIM_ERROR_MEMORY;
    // Each output pixel is the mean of the source block it covers (block edges rounded down).
    for (int y = 0; y < height; y++) {
        int y0 = (int)((long)y * source_height / height);
        int y1 = (int)((long)(y + 1) * source_height / height);
        if (y1 <= y0) y1 = y0 + 1;
        for (int x = 0; x < width; x++) {
            int x0 = (int)((long)x * source_width / width);
            int x1 = (int)((long)(x + 1) * source_width / width);
            if (x1 <= x0) x1 = x0 + 1;
            unsigned long sum[3] = {0, 0, 0};
            for (int sy = y0; sy < y1; sy++) {
                const uint8_t *p = source + ((size_t)sy * source_width + x0) * 3;
                for (int sx = x0; sx < x1; sx++, p += 3) {
                    sum[0] += p[0];
                    sum[1] += p[1];
                    sum[2] += p[2];
                }
            }
            unsigned long count = (unsigned long)(y1 - y0) * (unsigned long)(x1 - x0);
            uint8_t *out = pixels + ((size_t)y * width + x) * 3;
            for (int c = 0; c < 3; c++) out[c] = (uint8_t)((sum[c] + count / 2) / count);
        }
    }
    *result = pixels;
    return CIM_OK;
}

int cim_orient(const uint8_t *source, int width, int height, int orientation, uint8_t **result,
               int *result_width, int *result_height) {
    *result = NULL;
    if (orientation < 1 || orientation > 8) orientation = 1;
    int swaps = orientation >= 5;
    int out_width = swaps ? height : width;
    int out_height = swaps ? width : height;
    uint8_t *pixels = malloc((size_t)width * height * 3);
    if (!pixels) return CIM_ERROR_MEMORY;
    for (int y = 0; y < out_height; y++) {
        for (int x = 0; x < out_width; x++) {
            int sx, sy;  // the stored pixel shown at (x, y)
            switch (orientation) {
                case 2: sx = width - 1 - x; sy = y; break;
                case 3: sx = width - 1 - x; sy = height - 1 - y; break;
                case 4: sx = x; sy = height - 1 - y; break;
                case 5: sx = y; sy = x; break;
                case 6: sx = y; sy = height - 1 - x; break;
                case 7: sx = width - 1 - y; sy = height - 1 - x; break;
                case 8: sx = width - 1 - y; sy = x; break;
                default: sx = x; sy = y; break;
            }
            const uint8_t *in = source + ((size_t)sy * width + sx) * 3;
            uint8_t *out = pixels + ((size_t)y * out_width + x) * 3;
            out[0] = in[0];
            out[1] = in[1];
            out[2] = in[2];
        }
    }
    *result = pixels;
    *result_width = out_width;
    *result_height = out_height;
    return CIM_OK;
}

void cim_free(void *pointer) { free(pointer); }
