--TEST--
image_type_to_mime_type/extension, IMAGETYPE_*, getprotobyname/number, getservbyname/port, cli_*_process_title
--FILE--
<?php
for ($i = 0; $i <= 20; $i++) { echo $i, " "; var_dump(image_type_to_mime_type($i), image_type_to_extension($i), image_type_to_extension($i, false)); }
var_dump(image_type_to_mime_type(99), image_type_to_extension(99));
foreach (['IMAGETYPE_GIF','IMAGETYPE_JPEG','IMAGETYPE_PNG','IMAGETYPE_SWF','IMAGETYPE_PSD','IMAGETYPE_BMP','IMAGETYPE_TIFF_II','IMAGETYPE_TIFF_MM','IMAGETYPE_JPC','IMAGETYPE_JP2','IMAGETYPE_JPX','IMAGETYPE_JB2','IMAGETYPE_SWC','IMAGETYPE_IFF','IMAGETYPE_WBMP','IMAGETYPE_JPEG2000','IMAGETYPE_XBM','IMAGETYPE_ICO','IMAGETYPE_WEBP','IMAGETYPE_AVIF','IMAGETYPE_UNKNOWN','IMAGETYPE_COUNT'] as $c) echo $c, "=", constant($c), "\n";
var_dump(getprotobyname("tcp"), getprotobyname("udp"), getprotobyname("nope"), getprotobynumber(6), getprotobynumber(17), getprotobynumber(9999));
var_dump(getservbyname("http", "tcp"), getservbyname("nope", "tcp"), getservbyport(443, "tcp"), getservbyport(65000, "tcp"));
var_dump(cli_get_process_title());
cli_set_process_title("x"); var_dump(cli_get_process_title());
--EXPECT--
0 string(24) "application/octet-stream"
bool(false)
bool(false)
1 string(9) "image/gif"
string(4) ".gif"
string(3) "gif"
2 string(10) "image/jpeg"
string(5) ".jpeg"
string(4) "jpeg"
3 string(9) "image/png"
string(4) ".png"
string(3) "png"
4 string(29) "application/x-shockwave-flash"
string(4) ".swf"
string(3) "swf"
5 string(9) "image/psd"
string(4) ".psd"
string(3) "psd"
6 string(9) "image/bmp"
string(4) ".bmp"
string(3) "bmp"
7 string(10) "image/tiff"
string(5) ".tiff"
string(4) "tiff"
8 string(10) "image/tiff"
string(5) ".tiff"
string(4) "tiff"
9 string(24) "application/octet-stream"
string(4) ".jpc"
string(3) "jpc"
10 string(9) "image/jp2"
string(4) ".jp2"
string(3) "jp2"
11 string(24) "application/octet-stream"
string(4) ".jpx"
string(3) "jpx"
12 string(24) "application/octet-stream"
string(4) ".jb2"
string(3) "jb2"
13 string(29) "application/x-shockwave-flash"
string(4) ".swf"
string(3) "swf"
14 string(9) "image/iff"
string(4) ".iff"
string(3) "iff"
15 string(18) "image/vnd.wap.wbmp"
string(4) ".bmp"
string(3) "bmp"
16 string(9) "image/xbm"
string(4) ".xbm"
string(3) "xbm"
17 string(24) "image/vnd.microsoft.icon"
string(4) ".ico"
string(3) "ico"
18 string(10) "image/webp"
string(5) ".webp"
string(4) "webp"
19 string(10) "image/avif"
string(5) ".avif"
string(4) "avif"
20 string(24) "application/octet-stream"
bool(false)
bool(false)
string(24) "application/octet-stream"
bool(false)
IMAGETYPE_GIF=1
IMAGETYPE_JPEG=2
IMAGETYPE_PNG=3
IMAGETYPE_SWF=4
IMAGETYPE_PSD=5
IMAGETYPE_BMP=6
IMAGETYPE_TIFF_II=7
IMAGETYPE_TIFF_MM=8
IMAGETYPE_JPC=9
IMAGETYPE_JP2=10
IMAGETYPE_JPX=11
IMAGETYPE_JB2=12
IMAGETYPE_SWC=13
IMAGETYPE_IFF=14
IMAGETYPE_WBMP=15
IMAGETYPE_JPEG2000=9
IMAGETYPE_XBM=16
IMAGETYPE_ICO=17
IMAGETYPE_WEBP=18
IMAGETYPE_AVIF=19
IMAGETYPE_UNKNOWN=0
IMAGETYPE_COUNT=20
int(6)
int(17)
bool(false)
string(3) "tcp"
string(3) "udp"
bool(false)
int(80)
bool(false)
string(5) "https"
bool(false)
string(0) ""
string(1) "x"
