#pragma once
/// @file xlsxzip.h
/// The package under the .xlsx writer (xlsx.h): raw deflate streams, the rows' XML deflated on a
/// thread of its own, and the zip archive written with the system's minizip (as the reader
/// unzips with it).

#include <zip.h> // minizip
#include <zlib.h>

#include <cerrno>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace contingent::sdk::xlsx::detail {

/// zlib's fastest level: the sheet's XML is about five times its CSV, and deflating it at the
/// default level took longer than reading and writing the rows together (issue #18).
constexpr int kDeflateLevel = 1;
/// The rows' XML goes to the deflating thread in chunks of this size, at most kChunksWaiting
/// of them at a time.
constexpr std::size_t kChunkSize = 1 << 20;
constexpr std::size_t kChunksWaiting = 3;

/// A raw deflate stream (no zlib header, as a zip entry holds it) with the CRC-32 and length of
/// what went in.
class Deflater {
public:
    Deflater()
    {
        if (deflateInit2(&m_stream, kDeflateLevel, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
            != Z_OK)
            throw std::runtime_error("no memory to compress the workbook");
    }
    ~Deflater() { deflateEnd(&m_stream); }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    /// Deflates `in` and calls `out(bytes, size)` for what comes out. `flush` is Z_NO_FLUSH, or
    /// Z_SYNC_FLUSH to end on a byte boundary with the stream still open (another stream's data
    /// may follow it in the same entry), or Z_FINISH for the stream's last data.
    template <typename Out> void deflate(std::string_view in, int flush, Out&& out)
    {
        if (!in.empty()) // crc32_z() of a null pointer is the initial value
            m_crc = crc32_z(m_crc, reinterpret_cast<const Bytef*>(in.data()), in.size());
        m_size += in.size();
        m_stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
        m_stream.avail_in = uInt(in.size());
        unsigned char buffer[1 << 16];
        do {
            m_stream.next_out = buffer;
            m_stream.avail_out = sizeof buffer;
            ::deflate(&m_stream, flush);
            out(buffer, sizeof buffer - m_stream.avail_out);
        } while (m_stream.avail_out == 0 || m_stream.avail_in != 0);
    }
    uLong crc() const { return m_crc; }
    std::uint64_t size() const { return m_size; }

private:
    z_stream m_stream{};
    uLong m_crc = crc32(0, nullptr, 0);
    std::uint64_t m_size = 0;
};

/// Deflates the rows' XML into a temporary file on a thread of its own, while the caller reads
/// and formats the next rows: on two cores the workbook takes little longer than its rows.
class RowsDeflater {
public:
    RowsDeflater();
    ~RowsDeflater();
    RowsDeflater(const RowsDeflater&) = delete;
    RowsDeflater& operator=(const RowsDeflater&) = delete;

    /// Hands `xml` over (it is left empty), waiting while kChunksWaiting chunks wait already;
    /// rethrows what went wrong on the deflating thread.
    void push(std::string& xml);
    /// Waits for every chunk to be deflated and the stream to end on a byte boundary; then the
    /// file holds the deflated rows from its start.
    void finish();
    std::FILE* file() const { return m_file.get(); }
    uLong crc() const { return m_deflater.crc(); }
    std::uint64_t size() const { return m_deflater.size(); }

private:
    void run();

    struct Close {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    std::unique_ptr<std::FILE, Close> m_file; ///< closed last, however construction ends
    Deflater m_deflater;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::string> m_waiting;
    bool m_closing = false;
    bool m_finished = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

/// A zip archive written with minizip (the library the reader unzips with), each entry dated
/// 1980-01-01 so the same table gives the same bytes. Throws std::runtime_error ("cannot write
/// PATH: why") when the file can't be written.
class Archive {
public:
    explicit Archive(const std::string& path);
    ~Archive();
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    /// Adds the entry `name` holding `data`.
    void add(const char* name, std::string_view data);
    /// Adds the entry `name` from data deflated already: `write` hands its bytes to writeRaw();
    /// `size` and `crc` are those of the inflated data.
    template <typename Write>
    void addDeflated(const char* name, std::uint64_t size, uLong crc, Write&& write)
    {
        open(name, true, size >= 0xFFFFFFFFu);
        write();
        errno = 0;
        if (zipCloseFileInZipRaw64(m_zip, size, crc) != ZIP_OK)
            fail();
    }
    void writeRaw(const void* bytes, std::size_t size) { write(bytes, size); }
    /// Writes the central directory and closes the file.
    void close();

private:
    void open(const char* name, bool raw, bool zip64);
    void write(const void* bytes, std::size_t size);
    [[noreturn]] void fail() const;

    std::string m_path;
    zipFile m_zip = nullptr;
};

} // namespace contingent::sdk::xlsx::detail
