/* hash.c - message digests and checksums (ext/hash, ext/standard md5/sha1/
 * crc32): MD5 (RFC 1321), SHA-1/SHA-2 (FIPS 180-4), SHA-3 (FIPS 202),
 * CRC-32 (three polynomials), Adler-32, FNV-1/1a and Jenkins' one-at-a-time,
 * behind md5(), sha1(), crc32(), hash(), hash_hmac() and the *_file forms.
 * Written from the specifications; the constants were derived from their
 * definitions (roots of primes, sines, the Keccak LFSR). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "builtins.h"
#include "../vm/vmapi.h"

/* ---- algorithms ---- */

typedef enum { K_MD5, K_SHA1, K_SHA256, K_SHA512, K_SHA3, K_CRC32, K_CRC32B, K_CRC32C,
               K_ADLER32, K_FNV1_32, K_FNV1A_32, K_FNV1_64, K_FNV1A_64, K_JOAAT } hash_kind;

/* One algorithm hash() knows. */
typedef struct hash_algo {
    const char *name;        /* as hash_algos() lists it */
    hash_kind   kind;
    uint8_t     digest_len;  /* bytes of output */
    uint8_t     block_len;   /* HMAC block size (SHA-3: the rate) */
    uint8_t     crypto;      /* allowed in hash_hmac() */
    const void *iv;          /* initial state for the SHA-2 variants */
} hash_algo;

/* Running state of any algorithm. */
typedef struct hash_ctx {
    const hash_algo *algo;
    uint64_t h[25];          /* chaining value / Keccak lanes / checksum */
    uint64_t nbytes;         /* bytes hashed so far */
    unsigned char buf[200];  /* partial block */
    size_t   nbuf;
} hash_ctx;

static const uint32_t md5_t[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};
static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
    0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
    0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
    0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
    0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
    0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
    0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
};
/* initial hash values (FIPS 180-4 section 5.3) */
static const uint32_t iv_sha224[8] = { 0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4 };
static const uint32_t iv_sha256[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
static const uint64_t iv_sha384[8] = { 0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
                                       0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4 };
static const uint64_t iv_sha512[8] = { 0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                                       0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179 };
static const uint64_t iv_sha512_224[8] = { 0x8c3d37c819544da2, 0x73e1996689dcd4d6, 0x1dfab7ae32ff9c82, 0x679dd514582f9fcf,
                                           0x0f6d2b697bd44da8, 0x77e36f7304c48942, 0x3f9d85a86a1d36c8, 0x1112e6ad91d692a1 };
static const uint64_t iv_sha512_256[8] = { 0x22312194fc2bf72c, 0x9f555fa3c84c64c2, 0x2393b86b6f53b151, 0x963877195940eabd,
                                           0x96283ee2a88effe3, 0xbe5e1e2553863992, 0x2b0199fc2c85b8aa, 0x0eb72ddc81c52ca2 };
static const uint64_t keccak_rc[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};
/* rotation offset of lane x + 5y (rho step) */
static const uint8_t keccak_rho[25] = { 0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14 };
static const uint32_t crc32b_table[256] = {
    0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f,
    0xe963a535, 0x9e6495a3, 0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988,
    0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91, 0x1db71064, 0x6ab020f2,
    0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
    0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9,
    0xfa0f3d63, 0x8d080df5, 0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172,
    0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b, 0x35b5a8fa, 0x42b2986c,
    0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
    0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423,
    0xcfba9599, 0xb8bda50f, 0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924,
    0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d, 0x76dc4190, 0x01db7106,
    0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
    0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d,
    0x91646c97, 0xe6635c01, 0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e,
    0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457, 0x65b0d9c6, 0x12b7e950,
    0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
    0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7,
    0xa4d1c46d, 0xd3d6f4fb, 0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0,
    0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9, 0x5005713c, 0x270241aa,
    0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
    0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81,
    0xb7bd5c3b, 0xc0ba6cad, 0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a,
    0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683, 0xe3630b12, 0x94643b84,
    0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
    0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb,
    0x196c3671, 0x6e6b06e7, 0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc,
    0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5, 0xd6d6a3e8, 0xa1d1937e,
    0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
    0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55,
    0x316e8eef, 0x4669be79, 0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236,
    0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f, 0xc5ba3bbe, 0xb2bd0b28,
    0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
    0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f,
    0x72076785, 0x05005713, 0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38,
    0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21, 0x86d3d2d4, 0xf1d4e242,
    0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
    0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69,
    0x616bffd3, 0x166ccf45, 0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2,
    0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db, 0xaed16a4a, 0xd9d65adc,
    0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
    0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693,
    0x54de5729, 0x23d967bf, 0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94,
    0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
};
static const uint32_t crc32c_table[256] = {
    0x00000000, 0xf26b8303, 0xe13b70f7, 0x1350f3f4, 0xc79a971f, 0x35f1141c,
    0x26a1e7e8, 0xd4ca64eb, 0x8ad958cf, 0x78b2dbcc, 0x6be22838, 0x9989ab3b,
    0x4d43cfd0, 0xbf284cd3, 0xac78bf27, 0x5e133c24, 0x105ec76f, 0xe235446c,
    0xf165b798, 0x030e349b, 0xd7c45070, 0x25afd373, 0x36ff2087, 0xc494a384,
    0x9a879fa0, 0x68ec1ca3, 0x7bbcef57, 0x89d76c54, 0x5d1d08bf, 0xaf768bbc,
    0xbc267848, 0x4e4dfb4b, 0x20bd8ede, 0xd2d60ddd, 0xc186fe29, 0x33ed7d2a,
    0xe72719c1, 0x154c9ac2, 0x061c6936, 0xf477ea35, 0xaa64d611, 0x580f5512,
    0x4b5fa6e6, 0xb93425e5, 0x6dfe410e, 0x9f95c20d, 0x8cc531f9, 0x7eaeb2fa,
    0x30e349b1, 0xc288cab2, 0xd1d83946, 0x23b3ba45, 0xf779deae, 0x05125dad,
    0x1642ae59, 0xe4292d5a, 0xba3a117e, 0x4851927d, 0x5b016189, 0xa96ae28a,
    0x7da08661, 0x8fcb0562, 0x9c9bf696, 0x6ef07595, 0x417b1dbc, 0xb3109ebf,
    0xa0406d4b, 0x522bee48, 0x86e18aa3, 0x748a09a0, 0x67dafa54, 0x95b17957,
    0xcba24573, 0x39c9c670, 0x2a993584, 0xd8f2b687, 0x0c38d26c, 0xfe53516f,
    0xed03a29b, 0x1f682198, 0x5125dad3, 0xa34e59d0, 0xb01eaa24, 0x42752927,
    0x96bf4dcc, 0x64d4cecf, 0x77843d3b, 0x85efbe38, 0xdbfc821c, 0x2997011f,
    0x3ac7f2eb, 0xc8ac71e8, 0x1c661503, 0xee0d9600, 0xfd5d65f4, 0x0f36e6f7,
    0x61c69362, 0x93ad1061, 0x80fde395, 0x72966096, 0xa65c047d, 0x5437877e,
    0x4767748a, 0xb50cf789, 0xeb1fcbad, 0x197448ae, 0x0a24bb5a, 0xf84f3859,
    0x2c855cb2, 0xdeeedfb1, 0xcdbe2c45, 0x3fd5af46, 0x7198540d, 0x83f3d70e,
    0x90a324fa, 0x62c8a7f9, 0xb602c312, 0x44694011, 0x5739b3e5, 0xa55230e6,
    0xfb410cc2, 0x092a8fc1, 0x1a7a7c35, 0xe811ff36, 0x3cdb9bdd, 0xceb018de,
    0xdde0eb2a, 0x2f8b6829, 0x82f63b78, 0x709db87b, 0x63cd4b8f, 0x91a6c88c,
    0x456cac67, 0xb7072f64, 0xa457dc90, 0x563c5f93, 0x082f63b7, 0xfa44e0b4,
    0xe9141340, 0x1b7f9043, 0xcfb5f4a8, 0x3dde77ab, 0x2e8e845f, 0xdce5075c,
    0x92a8fc17, 0x60c37f14, 0x73938ce0, 0x81f80fe3, 0x55326b08, 0xa759e80b,
    0xb4091bff, 0x466298fc, 0x1871a4d8, 0xea1a27db, 0xf94ad42f, 0x0b21572c,
    0xdfeb33c7, 0x2d80b0c4, 0x3ed04330, 0xccbbc033, 0xa24bb5a6, 0x502036a5,
    0x4370c551, 0xb11b4652, 0x65d122b9, 0x97baa1ba, 0x84ea524e, 0x7681d14d,
    0x2892ed69, 0xdaf96e6a, 0xc9a99d9e, 0x3bc21e9d, 0xef087a76, 0x1d63f975,
    0x0e330a81, 0xfc588982, 0xb21572c9, 0x407ef1ca, 0x532e023e, 0xa145813d,
    0x758fe5d6, 0x87e466d5, 0x94b49521, 0x66df1622, 0x38cc2a06, 0xcaa7a905,
    0xd9f75af1, 0x2b9cd9f2, 0xff56bd19, 0x0d3d3e1a, 0x1e6dcdee, 0xec064eed,
    0xc38d26c4, 0x31e6a5c7, 0x22b65633, 0xd0ddd530, 0x0417b1db, 0xf67c32d8,
    0xe52cc12c, 0x1747422f, 0x49547e0b, 0xbb3ffd08, 0xa86f0efc, 0x5a048dff,
    0x8ecee914, 0x7ca56a17, 0x6ff599e3, 0x9d9e1ae0, 0xd3d3e1ab, 0x21b862a8,
    0x32e8915c, 0xc083125f, 0x144976b4, 0xe622f5b7, 0xf5720643, 0x07198540,
    0x590ab964, 0xab613a67, 0xb831c993, 0x4a5a4a90, 0x9e902e7b, 0x6cfbad78,
    0x7fab5e8c, 0x8dc0dd8f, 0xe330a81a, 0x115b2b19, 0x020bd8ed, 0xf0605bee,
    0x24aa3f05, 0xd6c1bc06, 0xc5914ff2, 0x37faccf1, 0x69e9f0d5, 0x9b8273d6,
    0x88d28022, 0x7ab90321, 0xae7367ca, 0x5c18e4c9, 0x4f48173d, 0xbd23943e,
    0xf36e6f75, 0x0105ec76, 0x12551f82, 0xe03e9c81, 0x34f4f86a, 0xc69f7b69,
    0xd5cf889d, 0x27a40b9e, 0x79b737ba, 0x8bdcb4b9, 0x988c474d, 0x6ae7c44e,
    0xbe2da0a5, 0x4c4623a6, 0x5f16d052, 0xad7d5351,
};
static const uint32_t crc32_bzip2_table[256] = {
    0x00000000, 0x04c11db7, 0x09823b6e, 0x0d4326d9, 0x130476dc, 0x17c56b6b,
    0x1a864db2, 0x1e475005, 0x2608edb8, 0x22c9f00f, 0x2f8ad6d6, 0x2b4bcb61,
    0x350c9b64, 0x31cd86d3, 0x3c8ea00a, 0x384fbdbd, 0x4c11db70, 0x48d0c6c7,
    0x4593e01e, 0x4152fda9, 0x5f15adac, 0x5bd4b01b, 0x569796c2, 0x52568b75,
    0x6a1936c8, 0x6ed82b7f, 0x639b0da6, 0x675a1011, 0x791d4014, 0x7ddc5da3,
    0x709f7b7a, 0x745e66cd, 0x9823b6e0, 0x9ce2ab57, 0x91a18d8e, 0x95609039,
    0x8b27c03c, 0x8fe6dd8b, 0x82a5fb52, 0x8664e6e5, 0xbe2b5b58, 0xbaea46ef,
    0xb7a96036, 0xb3687d81, 0xad2f2d84, 0xa9ee3033, 0xa4ad16ea, 0xa06c0b5d,
    0xd4326d90, 0xd0f37027, 0xddb056fe, 0xd9714b49, 0xc7361b4c, 0xc3f706fb,
    0xceb42022, 0xca753d95, 0xf23a8028, 0xf6fb9d9f, 0xfbb8bb46, 0xff79a6f1,
    0xe13ef6f4, 0xe5ffeb43, 0xe8bccd9a, 0xec7dd02d, 0x34867077, 0x30476dc0,
    0x3d044b19, 0x39c556ae, 0x278206ab, 0x23431b1c, 0x2e003dc5, 0x2ac12072,
    0x128e9dcf, 0x164f8078, 0x1b0ca6a1, 0x1fcdbb16, 0x018aeb13, 0x054bf6a4,
    0x0808d07d, 0x0cc9cdca, 0x7897ab07, 0x7c56b6b0, 0x71159069, 0x75d48dde,
    0x6b93dddb, 0x6f52c06c, 0x6211e6b5, 0x66d0fb02, 0x5e9f46bf, 0x5a5e5b08,
    0x571d7dd1, 0x53dc6066, 0x4d9b3063, 0x495a2dd4, 0x44190b0d, 0x40d816ba,
    0xaca5c697, 0xa864db20, 0xa527fdf9, 0xa1e6e04e, 0xbfa1b04b, 0xbb60adfc,
    0xb6238b25, 0xb2e29692, 0x8aad2b2f, 0x8e6c3698, 0x832f1041, 0x87ee0df6,
    0x99a95df3, 0x9d684044, 0x902b669d, 0x94ea7b2a, 0xe0b41de7, 0xe4750050,
    0xe9362689, 0xedf73b3e, 0xf3b06b3b, 0xf771768c, 0xfa325055, 0xfef34de2,
    0xc6bcf05f, 0xc27dede8, 0xcf3ecb31, 0xcbffd686, 0xd5b88683, 0xd1799b34,
    0xdc3abded, 0xd8fba05a, 0x690ce0ee, 0x6dcdfd59, 0x608edb80, 0x644fc637,
    0x7a089632, 0x7ec98b85, 0x738aad5c, 0x774bb0eb, 0x4f040d56, 0x4bc510e1,
    0x46863638, 0x42472b8f, 0x5c007b8a, 0x58c1663d, 0x558240e4, 0x51435d53,
    0x251d3b9e, 0x21dc2629, 0x2c9f00f0, 0x285e1d47, 0x36194d42, 0x32d850f5,
    0x3f9b762c, 0x3b5a6b9b, 0x0315d626, 0x07d4cb91, 0x0a97ed48, 0x0e56f0ff,
    0x1011a0fa, 0x14d0bd4d, 0x19939b94, 0x1d528623, 0xf12f560e, 0xf5ee4bb9,
    0xf8ad6d60, 0xfc6c70d7, 0xe22b20d2, 0xe6ea3d65, 0xeba91bbc, 0xef68060b,
    0xd727bbb6, 0xd3e6a601, 0xdea580d8, 0xda649d6f, 0xc423cd6a, 0xc0e2d0dd,
    0xcda1f604, 0xc960ebb3, 0xbd3e8d7e, 0xb9ff90c9, 0xb4bcb610, 0xb07daba7,
    0xae3afba2, 0xaafbe615, 0xa7b8c0cc, 0xa379dd7b, 0x9b3660c6, 0x9ff77d71,
    0x92b45ba8, 0x9675461f, 0x8832161a, 0x8cf30bad, 0x81b02d74, 0x857130c3,
    0x5d8a9099, 0x594b8d2e, 0x5408abf7, 0x50c9b640, 0x4e8ee645, 0x4a4ffbf2,
    0x470cdd2b, 0x43cdc09c, 0x7b827d21, 0x7f436096, 0x7200464f, 0x76c15bf8,
    0x68860bfd, 0x6c47164a, 0x61043093, 0x65c52d24, 0x119b4be9, 0x155a565e,
    0x18197087, 0x1cd86d30, 0x029f3d35, 0x065e2082, 0x0b1d065b, 0x0fdc1bec,
    0x3793a651, 0x3352bbe6, 0x3e119d3f, 0x3ad08088, 0x2497d08d, 0x2056cd3a,
    0x2d15ebe3, 0x29d4f654, 0xc5a92679, 0xc1683bce, 0xcc2b1d17, 0xc8ea00a0,
    0xd6ad50a5, 0xd26c4d12, 0xdf2f6bcb, 0xdbee767c, 0xe3a1cbc1, 0xe760d676,
    0xea23f0af, 0xeee2ed18, 0xf0a5bd1d, 0xf464a0aa, 0xf9278673, 0xfde69bc4,
    0x89b8fd09, 0x8d79e0be, 0x803ac667, 0x84fbdbd0, 0x9abc8bd5, 0x9e7d9662,
    0x933eb0bb, 0x97ffad0c, 0xafb010b1, 0xab710d06, 0xa6322bdf, 0xa2f33668,
    0xbcb4666d, 0xb8757bda, 0xb5365d03, 0xb1f740b4,
};

/* hash_algos() order (PHP's, restricted to what is implemented) */
static const hash_algo algos[] = {
    { "md5", K_MD5, 16, 64, 1, NULL },
    { "sha1", K_SHA1, 20, 64, 1, NULL },
    { "sha224", K_SHA256, 28, 64, 1, iv_sha224 },
    { "sha256", K_SHA256, 32, 64, 1, iv_sha256 },
    { "sha384", K_SHA512, 48, 128, 1, iv_sha384 },
    { "sha512/224", K_SHA512, 28, 128, 1, iv_sha512_224 },
    { "sha512/256", K_SHA512, 32, 128, 1, iv_sha512_256 },
    { "sha512", K_SHA512, 64, 128, 1, iv_sha512 },
    { "sha3-224", K_SHA3, 28, 144, 1, NULL },
    { "sha3-256", K_SHA3, 32, 136, 1, NULL },
    { "sha3-384", K_SHA3, 48, 104, 1, NULL },
    { "sha3-512", K_SHA3, 64, 72, 1, NULL },
    { "adler32", K_ADLER32, 4, 4, 0, NULL },
    { "crc32", K_CRC32, 4, 4, 0, NULL },
    { "crc32b", K_CRC32B, 4, 4, 0, NULL },
    { "crc32c", K_CRC32C, 4, 4, 0, NULL },
    { "fnv132", K_FNV1_32, 4, 4, 0, NULL },
    { "fnv1a32", K_FNV1A_32, 4, 4, 0, NULL },
    { "fnv164", K_FNV1_64, 8, 4, 0, NULL },
    { "fnv1a64", K_FNV1A_64, 8, 4, 0, NULL },
    { "joaat", K_JOAAT, 4, 4, 0, NULL },
};
#define N_ALGOS (sizeof algos / sizeof algos[0])

static inline uint32_t rol32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static inline uint32_t ror32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static inline uint64_t rol64(uint64_t x, int n) { return n ? (x << n) | (x >> (64 - n)) : x; }
static inline uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }
static inline uint32_t load_le32(const unsigned char *p) { return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static inline uint32_t load_be32(const unsigned char *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }
static inline uint64_t load_be64(const unsigned char *p) { return (uint64_t)load_be32(p) << 32 | load_be32(p + 4); }
static inline uint64_t load_le64(const unsigned char *p) { return (uint64_t)load_le32(p + 4) << 32 | load_le32(p); }

/* MD5: four rounds of sixteen steps over one 64-byte block (RFC 1321 3.4) */
static void md5_block(uint64_t *h, const unsigned char *p)
{
    static const uint8_t shift[4][4] = { { 7, 12, 17, 22 }, { 5, 9, 14, 20 }, { 4, 11, 16, 23 }, { 6, 10, 15, 21 } };
    uint32_t x[16], a = (uint32_t)h[0], b = (uint32_t)h[1], c = (uint32_t)h[2], d = (uint32_t)h[3];
    for (int i = 0; i < 16; i++) x[i] = load_le32(p + 4 * i);
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int k, r = i / 16;
        switch (r) {
        case 0: f = (b & c) | (~b & d); k = i; break;
        case 1: f = (b & d) | (c & ~d); k = (5 * i + 1) % 16; break;
        case 2: f = b ^ c ^ d; k = (3 * i + 5) % 16; break;
        default: f = c ^ (b | ~d); k = (7 * i) % 16; break;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rol32(a + f + md5_t[i] + x[k], shift[r][i % 4]);
        a = t;
    }
    h[0] = (uint32_t)(h[0] + a); h[1] = (uint32_t)(h[1] + b);
    h[2] = (uint32_t)(h[2] + c); h[3] = (uint32_t)(h[3] + d);
}

/* SHA-1 (FIPS 180-4 6.1.2) */
static void sha1_block(uint64_t *h, const unsigned char *p)
{
    uint32_t w[80], v[5];
    for (int t = 0; t < 16; t++) w[t] = load_be32(p + 4 * t);
    for (int t = 16; t < 80; t++) w[t] = rol32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    for (int i = 0; i < 5; i++) v[i] = (uint32_t)h[i];
    for (int t = 0; t < 80; t++) {
        uint32_t f, k;
        if (t < 20) { f = (v[1] & v[2]) | (~v[1] & v[3]); k = 0x5a827999; }
        else if (t < 40) { f = v[1] ^ v[2] ^ v[3]; k = 0x6ed9eba1; }
        else if (t < 60) { f = (v[1] & v[2]) | (v[1] & v[3]) | (v[2] & v[3]); k = 0x8f1bbcdc; }
        else { f = v[1] ^ v[2] ^ v[3]; k = 0xca62c1d6; }
        uint32_t tmp = rol32(v[0], 5) + f + v[4] + k + w[t];
        v[4] = v[3]; v[3] = v[2]; v[2] = rol32(v[1], 30); v[1] = v[0]; v[0] = tmp;
    }
    for (int i = 0; i < 5; i++) h[i] = (uint32_t)(h[i] + v[i]);
}

/* SHA-256 (FIPS 180-4 6.2.2), also SHA-224 */
static void sha256_block(uint64_t *h, const unsigned char *p)
{
    uint32_t w[64], v[8];
    for (int t = 0; t < 16; t++) w[t] = load_be32(p + 4 * t);
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = ror32(w[t - 15], 7) ^ ror32(w[t - 15], 18) ^ (w[t - 15] >> 3);
        uint32_t s1 = ror32(w[t - 2], 17) ^ ror32(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    for (int i = 0; i < 8; i++) v[i] = (uint32_t)h[i];
    for (int t = 0; t < 64; t++) {
        uint32_t e = v[4], a = v[0];
        uint32_t t1 = v[7] + (ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25)) + ((e & v[5]) ^ (~e & v[6])) + sha256_k[t] + w[t];
        uint32_t t2 = (ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22)) + ((a & v[1]) ^ (a & v[2]) ^ (v[1] & v[2]));
        memmove(v + 1, v, 7 * sizeof v[0]);
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++) h[i] = (uint32_t)(h[i] + v[i]);
}

/* SHA-512 (FIPS 180-4 6.4.2), also SHA-384 and SHA-512/t */
static void sha512_block(uint64_t *h, const unsigned char *p)
{
    uint64_t w[80], v[8];
    for (int t = 0; t < 16; t++) w[t] = load_be64(p + 8 * t);
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = ror64(w[t - 15], 1) ^ ror64(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = ror64(w[t - 2], 19) ^ ror64(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    memcpy(v, h, sizeof v);
    for (int t = 0; t < 80; t++) {
        uint64_t e = v[4], a = v[0];
        uint64_t t1 = v[7] + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & v[5]) ^ (~e & v[6])) + sha512_k[t] + w[t];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & v[1]) ^ (a & v[2]) ^ (v[1] & v[2]));
        memmove(v + 1, v, 7 * sizeof v[0]);
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++) h[i] += v[i];
}

/* Keccak-f[1600] (FIPS 202 3.3): theta, rho, pi, chi, iota, 24 rounds */
static void keccak_f(uint64_t *a)
{
    for (int round = 0; round < 24; round++) {
        uint64_t c[5], b[25];
        for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        for (int x = 0; x < 5; x++) {
            uint64_t d = c[(x + 4) % 5] ^ rol64(c[(x + 1) % 5], 1);
            for (int y = 0; y < 25; y += 5) a[x + y] ^= d;
        }
        /* rho and pi: lane (x, y) moves to (y, 2x + 3y) */
        for (int x = 0; x < 5; x++)
            for (int y = 0; y < 5; y++)
                b[y + 5 * ((2 * x + 3 * y) % 5)] = rol64(a[x + 5 * y], keccak_rho[x + 5 * y]);
        for (int y = 0; y < 25; y += 5)
            for (int x = 0; x < 5; x++)
                a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
        a[0] ^= keccak_rc[round];
    }
}

static void sha3_block(hash_ctx *c, const unsigned char *p)
{
    for (int i = 0; i < c->algo->block_len / 8; i++) c->h[i] ^= load_le64(p + 8 * i);
    keccak_f(c->h);
}

/* Run the block function of C over one full block. */
static void hash_block(hash_ctx *c, const unsigned char *p)
{
    switch (c->algo->kind) {
    case K_MD5: md5_block(c->h, p); break;
    case K_SHA1: sha1_block(c->h, p); break;
    case K_SHA256: sha256_block(c->h, p); break;
    case K_SHA512: sha512_block(c->h, p); break;
    default: sha3_block(c, p); break;
    }
}

static int is_block_hash(hash_kind k) { return k <= K_SHA3; }

static void hash_init(hash_ctx *c, const hash_algo *a)
{
    memset(c, 0, sizeof *c);
    c->algo = a;
    switch (a->kind) {
    case K_MD5:
        c->h[0] = 0x67452301; c->h[1] = 0xefcdab89; c->h[2] = 0x98badcfe; c->h[3] = 0x10325476;
        break;
    case K_SHA1:
        c->h[0] = 0x67452301; c->h[1] = 0xefcdab89; c->h[2] = 0x98badcfe; c->h[3] = 0x10325476; c->h[4] = 0xc3d2e1f0;
        break;
    case K_SHA256:
        for (int i = 0; i < 8; i++) c->h[i] = ((const uint32_t *)a->iv)[i];
        break;
    case K_SHA512:
        memcpy(c->h, a->iv, 8 * sizeof(uint64_t));
        break;
    case K_CRC32: case K_CRC32B: case K_CRC32C:
        c->h[0] = 0xffffffff;
        break;
    case K_ADLER32:
        c->h[0] = 1;
        break;
    case K_FNV1_32: case K_FNV1A_32:
        c->h[0] = 0x811c9dc5;
        break;
    case K_FNV1_64: case K_FNV1A_64:
        c->h[0] = 0xcbf29ce484222325ULL;
        break;
    default:
        break;
    }
}

static void hash_update(hash_ctx *c, const unsigned char *p, size_t n)
{
    hash_kind k = c->algo->kind;
    uint64_t h = c->h[0];
    c->nbytes += n;
    if (is_block_hash(k)) {
        size_t bl = c->algo->block_len;
        if (c->nbuf) {
            size_t take = bl - c->nbuf < n ? bl - c->nbuf : n;
            memcpy(c->buf + c->nbuf, p, take);
            c->nbuf += take; p += take; n -= take;
            if (c->nbuf < bl) return;
            hash_block(c, c->buf);
            c->nbuf = 0;
        }
        for (; n >= bl; p += bl, n -= bl) hash_block(c, p);
        memcpy(c->buf, p, n);
        c->nbuf = n;
        return;
    }
    switch (k) {
    case K_CRC32:
        for (size_t i = 0; i < n; i++) h = ((h << 8) & 0xffffffff) ^ crc32_bzip2_table[((h >> 24) ^ p[i]) & 0xff];
        break;
    case K_CRC32B:
        for (size_t i = 0; i < n; i++) h = (h >> 8) ^ crc32b_table[(h ^ p[i]) & 0xff];
        break;
    case K_CRC32C:
        for (size_t i = 0; i < n; i++) h = (h >> 8) ^ crc32c_table[(h ^ p[i]) & 0xff];
        break;
    case K_ADLER32: {
        uint64_t s1 = h & 0xffff, s2 = h >> 16;
        for (size_t i = 0; i < n; i++) { s1 = (s1 + p[i]) % 65521; s2 = (s2 + s1) % 65521; }
        h = s2 << 16 | s1;
        break;
    }
    case K_FNV1_32: for (size_t i = 0; i < n; i++) h = ((h * 0x01000193) & 0xffffffff) ^ p[i]; break;
    case K_FNV1A_32: for (size_t i = 0; i < n; i++) h = ((h ^ p[i]) * 0x01000193) & 0xffffffff; break;
    case K_FNV1_64: for (size_t i = 0; i < n; i++) h = (h * 0x100000001b3ULL) ^ p[i]; break;
    case K_FNV1A_64: for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ULL; break;
    case K_JOAAT: {
        uint32_t j = (uint32_t)h;
        for (size_t i = 0; i < n; i++) { j += p[i]; j += j << 10; j ^= j >> 6; }
        h = j;
        break;
    }
    default: break;
    }
    c->h[0] = h;
}

static void put_be32(unsigned char *o, uint64_t v) { o[0] = (unsigned char)(v >> 24); o[1] = (unsigned char)(v >> 16); o[2] = (unsigned char)(v >> 8); o[3] = (unsigned char)v; }

/* Pad, run the last blocks and write digest_len bytes to OUT. */
static void hash_final(hash_ctx *c, unsigned char *out)
{
    const hash_algo *a = c->algo;
    size_t bl = a->block_len;
    switch (a->kind) {
    case K_SHA3:
        /* domain bits 01, then pad10*1 */
        memset(c->buf + c->nbuf, 0, bl - c->nbuf);
        c->buf[c->nbuf] ^= 0x06;
        c->buf[bl - 1] ^= 0x80;
        sha3_block(c, c->buf);
        for (int i = 0; i < a->digest_len; i++) out[i] = (unsigned char)(c->h[i / 8] >> (8 * (i % 8)));
        return;
    case K_MD5: case K_SHA1: case K_SHA256: case K_SHA512: {
        /* 0x80, zeros, then the bit length in the last 8 (16) bytes */
        size_t lenbytes = a->kind == K_SHA512 ? 16 : 8;
        uint64_t bits = c->nbytes * 8;
        c->buf[c->nbuf++] = 0x80;
        if (c->nbuf > bl - lenbytes) {
            memset(c->buf + c->nbuf, 0, bl - c->nbuf);
            hash_block(c, c->buf);
            c->nbuf = 0;
        }
        memset(c->buf + c->nbuf, 0, bl - c->nbuf);
        for (int i = 0; i < 8; i++) {
            if (a->kind == K_MD5) c->buf[bl - 8 + i] = (unsigned char)(bits >> (8 * i));
            else c->buf[bl - 1 - i] = (unsigned char)(bits >> (8 * i));
        }
        if (a->kind == K_SHA512) c->buf[bl - 9] = (unsigned char)(c->nbytes >> 61);
        hash_block(c, c->buf);
        for (int i = 0; i < a->digest_len; i++) {
            if (a->kind == K_MD5) out[i] = (unsigned char)(c->h[i / 4] >> (8 * (i % 4)));
            else if (a->kind == K_SHA512) out[i] = (unsigned char)(c->h[i / 8] >> (56 - 8 * (i % 8)));
            else out[i] = (unsigned char)(c->h[i / 4] >> (24 - 8 * (i % 4)));
        }
        return;
    }
    case K_CRC32: {
        /* PHP writes the bzip2 CRC least significant byte first */
        uint32_t v = ~(uint32_t)c->h[0];
        out[0] = (unsigned char)v; out[1] = (unsigned char)(v >> 8); out[2] = (unsigned char)(v >> 16); out[3] = (unsigned char)(v >> 24);
        return;
    }
    case K_CRC32B: case K_CRC32C:
        put_be32(out, ~(uint32_t)c->h[0]);
        return;
    case K_JOAAT: {
        uint32_t j = (uint32_t)c->h[0];
        j += j << 3; j ^= j >> 11; j += j << 15;
        put_be32(out, j);
        return;
    }
    case K_FNV1_64: case K_FNV1A_64:
        put_be32(out, c->h[0] >> 32);
        put_be32(out + 4, c->h[0]);
        return;
    default:
        put_be32(out, c->h[0]);
        return;
    }
}

/* The algorithm called NAME (case-insensitive), or NULL. */
static const hash_algo *find_algo(const mp_str *name)
{
    for (size_t i = 0; i < N_ALGOS; i++)
        if (strlen(algos[i].name) == name->len && strncasecmp(algos[i].name, name->data, name->len) == 0)
            return &algos[i];
    return NULL;
}

/* DIGEST as a string: raw bytes or lower-case hex */
static mp_val digest_val(mp_vm *vm, const unsigned char *d, size_t n, int binary)
{
    if (binary) return mp_v_str(mp_str_new(vm, (const char *)d, n));
    static const char hex[] = "0123456789abcdef";
    mp_str *s = mp_str_alloc(vm, 2 * n);
    for (size_t i = 0; i < n; i++) {
        s->data[2 * i] = hex[d[i] >> 4];
        s->data[2 * i + 1] = hex[d[i] & 15];
    }
    return mp_v_str(s);
}

static void digest_of(const hash_algo *a, const char *p, size_t n, unsigned char *out)
{
    hash_ctx c;
    hash_init(&c, a);
    hash_update(&c, (const unsigned char *)p, n);
    hash_final(&c, out);
}

/* Hash the file at PATH into OUT; 0 (after PHP's warning, named after FN)
 * if it cannot be opened. */
static int digest_file(mp_vm *vm, const char *fn, const hash_algo *a, const mp_str *path, unsigned char *out)
{
    if (strlen(path->data) != path->len)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #%d ($filename) must not contain any null bytes", fn,
                    strcmp(fn, "hash_file") == 0 ? 2 : 1);
    FILE *f = fopen(path->data, "rb");
    if (!f) {
        mp_error(vm, MP_E_WARNING, "%s(%s): Failed to open stream: %s", fn, path->data, strerror(errno));
        return 0;
    }
    hash_ctx c;
    unsigned char buf[8192];
    size_t n;
    hash_init(&c, a);
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) hash_update(&c, buf, n);
    fclose(f);
    hash_final(&c, out);
    return 1;
}

/* md5(string $string, bool $binary = false): string */
static void bi_md5(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    unsigned char d[16];
    digest_of(&algos[0], argv[0].u.s->data, argv[0].u.s->len, d);
    *ret = digest_val(vm, d, 16, argc > 1 && argv[1].type == MP_T_TRUE);
}

/* sha1(string $string, bool $binary = false): string */
static void bi_sha1(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    unsigned char d[20];
    digest_of(&algos[1], argv[0].u.s->data, argv[0].u.s->len, d);
    *ret = digest_val(vm, d, 20, argc > 1 && argv[1].type == MP_T_TRUE);
}

/* md5_file(string $filename, bool $binary = false): string|false */
static void bi_md5_file(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    unsigned char d[16];
    if (!digest_file(vm, "md5_file", &algos[0], argv[0].u.s, d)) { *ret = mp_v_bool(0); return; }
    *ret = digest_val(vm, d, 16, argc > 1 && argv[1].type == MP_T_TRUE);
}

/* sha1_file(string $filename, bool $binary = false): string|false */
static void bi_sha1_file(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    unsigned char d[20];
    if (!digest_file(vm, "sha1_file", &algos[1], argv[0].u.s, d)) { *ret = mp_v_bool(0); return; }
    *ret = digest_val(vm, d, 20, argc > 1 && argv[1].type == MP_T_TRUE);
}

/* crc32(string $string): int -- the zlib CRC (hash's "crc32b") as an unsigned number */
static void bi_crc32(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    const unsigned char *p = (const unsigned char *)argv[0].u.s->data;
    uint32_t h = 0xffffffff;
    for (size_t i = 0; i < argv[0].u.s->len; i++) h = (h >> 8) ^ crc32b_table[(h ^ p[i]) & 0xff];
    *ret = mp_v_int((int64_t)(uint32_t)~h);
}

static const hash_algo *algo_arg(mp_vm *vm, const char *fn, mp_val v, int hmac)
{
    const hash_algo *a = find_algo(v.u.s);
    if (!a || (hmac && !a->crypto))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #1 ($algo) must be a valid %shashing algorithm", fn,
                    hmac ? "cryptographic " : "");
    return a;
}

/* hash(string $algo, string $data, bool $binary = false, array $options = []): string */
static void bi_hash(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const hash_algo *a = algo_arg(vm, "hash", argv[0], 0);
    unsigned char d[64];
    digest_of(a, argv[1].u.s->data, argv[1].u.s->len, d);
    *ret = digest_val(vm, d, a->digest_len, argc > 2 && argv[2].type == MP_T_TRUE);
}

/* hash_file(string $algo, string $filename, bool $binary = false, array $options = []): string|false */
static void bi_hash_file(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const hash_algo *a = algo_arg(vm, "hash_file", argv[0], 0);
    unsigned char d[64];
    if (!digest_file(vm, "hash_file", a, argv[1].u.s, d)) { *ret = mp_v_bool(0); return; }
    *ret = digest_val(vm, d, a->digest_len, argc > 2 && argv[2].type == MP_T_TRUE);
}

/* HMAC (RFC 2104): H((K ^ opad) . H((K ^ ipad) . data)) */
static void hmac(const hash_algo *a, const mp_str *key, const char *data, size_t n, unsigned char *out)
{
    unsigned char k[200], pad[200], inner[64];
    size_t bl = a->block_len;
    memset(k, 0, sizeof k);
    if (key->len > bl) digest_of(a, key->data, key->len, k);
    else memcpy(k, key->data, key->len);
    hash_ctx c;
    for (size_t i = 0; i < bl; i++) pad[i] = k[i] ^ 0x36;
    hash_init(&c, a);
    hash_update(&c, pad, bl);
    hash_update(&c, (const unsigned char *)data, n);
    hash_final(&c, inner);
    for (size_t i = 0; i < bl; i++) pad[i] = k[i] ^ 0x5c;
    hash_init(&c, a);
    hash_update(&c, pad, bl);
    hash_update(&c, inner, a->digest_len);
    hash_final(&c, out);
}

/* hash_hmac(string $algo, string $data, string $key, bool $binary = false): string */
static void bi_hash_hmac(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const hash_algo *a = algo_arg(vm, "hash_hmac", argv[0], 1);
    unsigned char d[64];
    hmac(a, argv[2].u.s, argv[1].u.s->data, argv[1].u.s->len, d);
    *ret = digest_val(vm, d, a->digest_len, argc > 3 && argv[3].type == MP_T_TRUE);
}

/* hash_algos(): array, hash_hmac_algos(): array */
static void list_algos(mp_vm *vm, mp_val *ret, int crypto_only)
{
    mp_array *arr = mp_array_new(vm, N_ALGOS);
    for (size_t i = 0; i < N_ALGOS; i++)
        if (!crypto_only || algos[i].crypto) mp_array_append(vm, arr, mp_v_str(mp_str_cstr(vm, algos[i].name)));
    *ret = mp_v_arr(arr);
}
static void bi_hash_algos(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; (void)argv; list_algos(vm, ret, 0); }
static void bi_hash_hmac_algos(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; (void)argv; list_algos(vm, ret, 1); }

/* hash_equals(string $known_string, string $user_string): bool -- strings
 * only, no coercion; compares in time independent of where they differ */
static void bi_hash_equals(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    static const char *const names[] = { "known_string", "user_string" };
    for (int i = 0; i < 2; i++)
        if (argv[i].type != MP_T_STRING)
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "hash_equals(): Argument #%d ($%s) must be of type string, %s given",
                        i + 1, names[i], mp_debug_type(argv[i]));
    const mp_str *a = argv[0].u.s, *b = argv[1].u.s;
    if (a->len != b->len) { *ret = mp_v_bool(0); return; }
    unsigned char diff = 0;
    for (size_t i = 0; i < a->len; i++) diff |= (unsigned char)(a->data[i] ^ b->data[i]);
    *ret = mp_v_bool(diff == 0);
}

/* hash_hmac_file(string $algo, string $filename, string $key, bool $binary = false): string|false */
static void bi_hash_hmac_file(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const hash_algo *a = algo_arg(vm, "hash_hmac_file", argv[0], 1);
    mp_str *path = argv[1].u.s;
    if (strlen(path->data) != path->len)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "hash_hmac_file(): Argument #2 ($filename) must not contain any null bytes");
    FILE *f = fopen(path->data, "rb");
    if (!f) {
        mp_error(vm, MP_E_WARNING, "hash_hmac_file(%s): Failed to open stream: %s", path->data, strerror(errno));
        *ret = mp_v_bool(0);
        return;
    }
    mp_buf b;
    mp_buf_init(&b, vm);
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) mp_buf_add(&b, buf, n);
    fclose(f);
    mp_str *data = mp_buf_finish(&b);
    unsigned char d[64];
    hmac(a, argv[2].u.s, data->data, data->len, d);
    *ret = digest_val(vm, d, a->digest_len, argc > 3 && argv[3].type == MP_T_TRUE);
}

/* ---- incremental hashing: HashContext objects ---- */

enum { HASH_HMAC = 1 };

/* What a HashContext object holds (mp_object_internal). */
typedef struct hash_state {
    hash_ctx      ctx;        /* the running hash (for HMAC: the inner one) */
    int           hmac;       /* HASH_HMAC was asked for */
    unsigned char key[200];   /* HMAC: the key padded to the block length */
    int           finalized;  /* hash_final() ran: the context is spent */
} hash_state;

/* The state of a HashContext argument; TypeError when it is another
 * object or a finalized context (named after FN). */
static hash_state *state_arg(mp_vm *vm, const char *fn, mp_val v)
{
    v = *mp_deref(&v);
    if (!mp_object_instanceof(vm, v.u.o, "HashContext"))
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #1 ($context) must be of type HashContext, %s given", fn, mp_object_class_name(v.u.o));
    hash_state *st = *mp_object_internal(v.u.o);
    if (!st || st->finalized)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #1 ($context) must be a valid, non-finalized HashContext", fn);
    return st;
}

static mp_val new_context(mp_vm *vm, hash_state *st)
{
    mp_object *o = mp_object_create(vm, mp_str_cstr(vm, "HashContext"));
    *mp_object_internal(o) = st;
    return mp_v_obj(o);
}

void *mp_hash_state_copy(mp_vm *vm, const void *state)
{
    if (((const hash_state *)state)->finalized) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Cannot clone a finalized HashContext");
    hash_state *copy = mp_alloc(vm, sizeof *copy);
    *copy = *(const hash_state *)state;
    return copy;
}

/* hash_init(string $algo, int $flags = 0, string $key = "", array $options = []): HashContext */
static void bi_hash_init(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const hash_algo *a = find_algo(argv[0].u.s);
    if (!a) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "hash_init(): Argument #1 ($algo) must be a valid hashing algorithm");
    int64_t flags = argc > 1 ? argv[1].u.i : 0;
    hash_state *st = mp_alloc(vm, sizeof *st);
    memset(st, 0, sizeof *st);
    hash_init(&st->ctx, a);
    if (flags & HASH_HMAC) {
        if (!a->crypto)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "hash_init(): Argument #1 ($algo) must be a cryptographic hashing algorithm if HMAC is requested");
        mp_str *key = argc > 2 ? argv[2].u.s : NULL;
        if (!key || !key->len)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "hash_init(): Argument #3 ($key) cannot be empty when HMAC is requested");
        st->hmac = 1;
        if (key->len > a->block_len) digest_of(a, key->data, key->len, st->key);
        else memcpy(st->key, key->data, key->len);
        unsigned char pad[200];
        for (size_t i = 0; i < a->block_len; i++) pad[i] = st->key[i] ^ 0x36;
        hash_update(&st->ctx, pad, a->block_len);
    }
    *ret = new_context(vm, st);
}

/* hash_update(HashContext $context, string $data): bool */
static void bi_hash_update(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    hash_state *st = state_arg(vm, "hash_update", argv[0]);
    hash_update(&st->ctx, (const unsigned char *)argv[1].u.s->data, argv[1].u.s->len);
    *ret = mp_v_bool(1);
}

/* hash_update_file(HashContext $context, string $filename, $stream_context = null): bool */
static void bi_hash_update_file(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    hash_state *st = state_arg(vm, "hash_update_file", argv[0]);
    mp_str *path = argv[1].u.s;
    if (strlen(path->data) != path->len)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "hash_update_file(): Argument #2 ($filename) must not contain any null bytes");
    FILE *f = fopen(path->data, "rb");
    if (!f) {
        mp_error(vm, MP_E_WARNING, "hash_update_file(%s): Failed to open stream: %s", path->data, strerror(errno));
        *ret = mp_v_bool(0);
        return;
    }
    unsigned char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) hash_update(&st->ctx, buf, n);
    fclose(f);
    *ret = mp_v_bool(1);
}

/* hash_final(HashContext $context, bool $binary = false): string */
static void bi_hash_final(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    hash_state *st = state_arg(vm, "hash_final", argv[0]);
    const hash_algo *a = st->ctx.algo;
    unsigned char d[64];
    hash_final(&st->ctx, d);
    if (st->hmac) {
        unsigned char pad[200];
        for (size_t i = 0; i < a->block_len; i++) pad[i] = st->key[i] ^ 0x5c;
        hash_ctx outer;
        hash_init(&outer, a);
        hash_update(&outer, pad, a->block_len);
        hash_update(&outer, d, a->digest_len);
        hash_final(&outer, d);
        memset(st->key, 0, sizeof st->key);
    }
    st->finalized = 1;
    *ret = digest_val(vm, d, a->digest_len, argc > 1 && argv[1].type == MP_T_TRUE);
}

/* hash_copy(HashContext $context): HashContext */
static void bi_hash_copy(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    hash_state *st = state_arg(vm, "hash_copy", argv[0]);
    hash_state *copy = mp_alloc(vm, sizeof *copy);
    *copy = *st;
    *ret = new_context(vm, copy);
}

/* ---- key derivation ---- */

/* hash_pbkdf2(string $algo, string $password, string $salt, int $iterations, int $length = 0,
 *             bool $binary = false, array $options = []): string -- RFC 8018 with HMAC;
 * a hex result of LENGTH characters */
static void bi_hash_pbkdf2(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const hash_algo *a = find_algo(argv[0].u.s);
    if (!a || !a->crypto) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "hash_pbkdf2(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm");
    mp_str *pw = argv[1].u.s, *salt = argv[2].u.s;
    int64_t iters = argv[3].u.i, length = argc > 4 ? argv[4].u.i : 0;
    int binary = argc > 5 && argv[5].type == MP_T_TRUE;
    if (iters <= 0) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "hash_pbkdf2(): Argument #4 ($iterations) must be greater than 0");
    if (length < 0) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "hash_pbkdf2(): Argument #5 ($length) must be greater than or equal to 0");
    int64_t want = binary ? length : (length + 1) / 2;
    if (want == 0) want = a->digest_len;
    if (length == 0) length = binary ? a->digest_len : 2 * a->digest_len;
    int64_t blocks = (want + a->digest_len - 1) / a->digest_len;
    unsigned char *out = mp_alloc(vm, (size_t)(blocks * a->digest_len));
    unsigned char *msg = mp_alloc(vm, salt->len + 4);
    memcpy(msg, salt->data, salt->len);
    for (int64_t blk = 1; blk <= blocks; blk++) {
        unsigned char u[64], t[64];
        msg[salt->len] = (unsigned char)(blk >> 24); msg[salt->len + 1] = (unsigned char)(blk >> 16);
        msg[salt->len + 2] = (unsigned char)(blk >> 8); msg[salt->len + 3] = (unsigned char)blk;
        hmac(a, pw, (const char *)msg, salt->len + 4, u);
        memcpy(t, u, a->digest_len);
        for (int64_t i = 1; i < iters; i++) {
            hmac(a, pw, (const char *)u, a->digest_len, u);
            for (size_t k = 0; k < a->digest_len; k++) t[k] ^= u[k];
        }
        memcpy(out + (blk - 1) * a->digest_len, t, a->digest_len);
    }
    if (binary) { *ret = mp_v_str(mp_str_new(vm, (const char *)out, (size_t)length)); return; }
    mp_val hex = digest_val(vm, out, (size_t)want, 0);
    hex.u.s->len = (size_t)length;
    hex.u.s->data[length] = 0;
    *ret = hex;
}

/* hash_hkdf(string $algo, string $key, int $length = 0, string $info = "", string $salt = ""): string
 * -- RFC 5869, raw bytes */
static void bi_hash_hkdf(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const hash_algo *a = find_algo(argv[0].u.s);
    if (!a || !a->crypto) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "hash_hkdf(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm");
    mp_str *ikm = argv[1].u.s;
    int64_t length = argc > 2 ? argv[2].u.i : 0;
    mp_str *info = argc > 3 ? argv[3].u.s : mp_str_empty(), *salt = argc > 4 ? argv[4].u.s : mp_str_empty();
    if (!ikm->len) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "hash_hkdf(): Argument #2 ($key) cannot be empty");
    if (length < 0) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "hash_hkdf(): Argument #3 ($length) must be greater than or equal to 0");
    if (length == 0) length = a->digest_len;
    else if (length > (int64_t)a->digest_len * 255)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "hash_hkdf(): Argument #3 ($length) must be less than or equal to %d", a->digest_len * 255);
    unsigned char prk[64], t[64];
    hmac(a, salt, ikm->data, ikm->len, prk);   /* an empty salt is HashLen zeros: the same HMAC key */
    mp_str *prk_key = mp_str_new(vm, (const char *)prk, a->digest_len);
    mp_str *out = mp_str_alloc(vm, (size_t)length);
    unsigned char *msg = mp_alloc(vm, a->digest_len + info->len + 1);
    size_t done = 0, tlen = 0;
    for (int i = 1; done < (size_t)length; i++) {
        memcpy(msg, t, tlen);
        memcpy(msg + tlen, info->data, info->len);
        msg[tlen + info->len] = (unsigned char)i;
        hmac(a, prk_key, (const char *)msg, tlen + info->len + 1, t);
        tlen = a->digest_len;
        size_t take = (size_t)length - done < tlen ? (size_t)length - done : tlen;
        memcpy(out->data + done, t, take);
        done += take;
    }
    out->data[length] = 0;
    *ret = mp_v_str(out);
}

static const mp_builtin rows[] = {
    { "crc32", bi_crc32, 1, 1, "s", "string" },
    { "hash", bi_hash, 2, 4, "ssba", "algo data binary options", "false []" },
    { "hash_algos", bi_hash_algos, 0, 0, "", "" },
    { "hash_copy", bi_hash_copy, 1, 1, "o", "context" },
    { "hash_equals", bi_hash_equals, 2, 2, "!z!z", "known_string user_string" },
    { "hash_file", bi_hash_file, 2, 4, "ssba", "algo filename binary options", "false []" },
    { "hash_final", bi_hash_final, 1, 2, "ob", "context binary", "false" },
    { "hash_hkdf", bi_hash_hkdf, 2, 5, "s!siss", "algo key length info salt", "0 '' ''" },
    { "hash_hmac", bi_hash_hmac, 3, 4, "ss!sb", "algo data key binary", "false" },
    { "hash_hmac_algos", bi_hash_hmac_algos, 0, 0, "", "" },
    { "hash_hmac_file", bi_hash_hmac_file, 3, 4, "ss!sb", "algo filename key binary", "false" },
    { "hash_init", bi_hash_init, 1, 4, "si!sa", "algo flags key options", "0 '' []" },
    { "hash_pbkdf2", bi_hash_pbkdf2, 4, 7, "s!ssiiba", "algo password salt iterations length binary options", "0 false []" },
    { "hash_update", bi_hash_update, 2, 2, "os", "context data" },
    { "hash_update_file", bi_hash_update_file, 2, 3, "osz", "context filename stream_context", "null" },
    { "md5", bi_md5, 1, 2, "sb", "string binary", "false" },
    { "md5_file", bi_md5_file, 1, 2, "sb", "filename binary", "false" },
    { "sha1", bi_sha1, 1, 2, "sb", "string binary", "false" },
    { "sha1_file", bi_sha1_file, 1, 2, "sb", "filename binary", "false" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_hash, rows);
