#include "SecretBytes.h"

#include <sodium.h>

#include <cstdlib>
#include <utility>

namespace feltdialog {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        std::abort(); // no usable randomness: sealing anything would be worse than stopping
}

SecretBytes::SecretBytes(std::size_t size) : m_size(size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        std::abort(); // out of locked memory; continuing would leave keys in ordinary heap
    sodium_memzero(m_data, size);
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes bytes(size);
    randombytes_buf(bytes.m_data, size);
    return bytes;
}

SecretBytes SecretBytes::copyOf(QByteArrayView source)
{
    SecretBytes bytes(std::size_t(source.size()));
    if (!source.isEmpty())
        std::copy(source.begin(), source.end(), bytes.m_data);
    return bytes;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data); // zeroes before it frees
}

} // namespace feltdialog
