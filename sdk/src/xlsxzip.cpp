#include "xlsxzip.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace contingent::sdk::xlsx::detail {

RowsDeflater::RowsDeflater()
    : m_file(std::tmpfile())
{
    if (!m_file)
        throw std::runtime_error(std::string("no temporary file for the workbook: ")
                                 + std::strerror(errno));
    m_thread = std::thread([this] { run(); });
}

RowsDeflater::~RowsDeflater()
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RowsDeflater::push(std::string& xml)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_waiting.size() < kChunksWaiting || m_error; });
    if (m_error)
        std::rethrow_exception(m_error);
    m_waiting.push_back(std::move(xml));
    xml = std::string();
    xml.reserve(kChunkSize + kChunkSize / 8);
    m_changed.notify_all();
}

void RowsDeflater::finish()
{
    std::unique_lock lock(m_mutex);
    m_closing = true;
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return m_finished; });
    if (m_error)
        std::rethrow_exception(m_error);
    std::rewind(m_file.get());
}

void RowsDeflater::run()
{
    try {
        const auto write = [this](const unsigned char* bytes, std::size_t size) {
            if (std::fwrite(bytes, 1, size, m_file.get()) != size)
                throw std::runtime_error(std::string("cannot write the temporary file: ")
                                         + std::strerror(errno));
        };
        for (;;) {
            std::string chunk;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_waiting.empty() || m_closing; });
                if (m_waiting.empty())
                    break;
                chunk = std::move(m_waiting.front());
                m_waiting.erase(m_waiting.begin());
            }
            m_changed.notify_all();
            m_deflater.deflate(chunk, Z_NO_FLUSH, write);
        }
        m_deflater.deflate({}, Z_SYNC_FLUSH, write);
        if (std::fflush(m_file.get()) != 0)
            throw std::runtime_error(std::string("cannot write the temporary file: ")
                                     + std::strerror(errno));
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
    }
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

Archive::Archive(const std::string& path)
    : m_path(path)
{
    errno = 0;
    m_zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
    if (!m_zip)
        fail();
}

Archive::~Archive()
{
    if (m_zip)
        zipClose(m_zip, nullptr);
}

void Archive::add(const char* name, std::string_view data)
{
    open(name, false, false);
    write(data.data(), data.size());
    errno = 0;
    if (zipCloseFileInZip(m_zip) != ZIP_OK)
        fail();
}

void Archive::close()
{
    errno = 0;
    const int result = zipClose(m_zip, nullptr);
    m_zip = nullptr;
    if (result != ZIP_OK)
        fail();
}

void Archive::open(const char* name, bool raw, bool zip64)
{
    zip_fileinfo info{};
    info.tmz_date.tm_mday = 1;
    info.tmz_date.tm_year = 1980;
    errno = 0;
    if (zipOpenNewFileInZip3_64(m_zip, name, &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                kDeflateLevel, raw ? 1 : 0, -MAX_WBITS, DEF_MEM_LEVEL,
                                Z_DEFAULT_STRATEGY, nullptr, 0, zip64 ? 1 : 0)
        != ZIP_OK)
        fail();
}

void Archive::write(const void* bytes, std::size_t size)
{
    const auto* at = static_cast<const char*>(bytes);
    while (size > 0) {
        const auto part = unsigned(std::min<std::size_t>(size, 1u << 30));
        errno = 0;
        if (zipWriteInFileInZip(m_zip, at, part) != ZIP_OK)
            fail();
        at += part;
        size -= part;
    }
}

void Archive::fail() const
{
    throw std::runtime_error("cannot write " + m_path + ": "
                             + (errno ? std::strerror(errno) : "the zip library failed"));
}

} // namespace contingent::sdk::xlsx::detail
