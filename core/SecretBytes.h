#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace feltdialog {

// Key material in memory that libsodium guards: allocated with sodium_malloc (kept out of swap
// and core dumps where the OS allows, fenced by guard pages) and wiped when freed. Move-only so
// a key never lingers in a forgotten copy.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    static SecretBytes random(std::size_t size);
    static SecretBytes copyOf(QByteArrayView bytes);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    ~SecretBytes();

    bool isEmpty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    QByteArrayView view() const { return {m_data, qsizetype(m_size)}; }

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// libsodium must be initialised once before any use; safe to call from anywhere, any number of times.
void ensureSodium();

} // namespace feltdialog
