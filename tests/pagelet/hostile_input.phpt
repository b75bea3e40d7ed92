--TEST--
Hostile pagelet input: huge URLs and headers, thousands of headers, binary bodies, NUL bytes, traversal: a correct result or 403/404, never a file outside the root or a crash
--SKIPIF--
<?php if (!function_exists('pagelet_server_task_start')) echo 'skip minphp pagelets only';
--INI--
pagelet_server.document_root=tests/pagelet/pages
--FILE--
<?php
function run($label, $url, $h = [], $post = '') {
    $t = pagelet_server_task_start($url, $h, $post);
    $body = pagelet_server_task_result($t, $hd, $code, 0);
    echo "$label: $code $body", $body === '' ? "\n" : "";
}
run('100,000-byte query', '/stats.php?' . str_repeat('a=1&', 25000));
run('200,000-byte path', '/' . str_repeat('x/', 100000) . 'stats.php');
run('1,000 encoded ..', '/stats.php/' . str_repeat('%2e%2e/', 1000) . 'etc/passwd');
run('..%2f out', '/..%2f..%2f..%2fetc/passwd');
$bin = ''; for ($i = 0; $i < 300000; $i++) $bin .= chr($i * 7 % 256);
run('binary POST, octet-stream', '/stats.php', ['Content-Type' => 'application/octet-stream'], $bin);
run('binary POST, untyped', '/stats.php', [], $bin);
$h = []; for ($i = 0; $i < 5000; $i++) $h["X-H$i"] = str_repeat('v', 100);
run('5,000 headers', '/stats.php', $h);
run('a 1 MB header', '/stats.php', ['X-Big' => str_repeat('b', 1 << 20)]);
run('raw NUL in the path', "/stats.php\0.txt");
run('encoded NUL', "/stats%00.php");
run('10,000 percent signs', str_repeat('%', 10000));
run('empty URL', '');
run('absolute URL, bad port', 'http://evil.example.com:99999/stats.php');
--EXPECT--
100,000-byte query: 200 0 d41d8cd98f00b204e9800998ecf8427e uri=100011 get=1 post=0 xheaders=0 big=0
200,000-byte path: 404 
1,000 encoded ..: 403 
..%2f out: 403 
binary POST, octet-stream: 200 300000 e683a3b85f35a9b868318e60beea11e5 uri=10 get=0 post=0 xheaders=0 big=0
binary POST, untyped: 200 300000 e683a3b85f35a9b868318e60beea11e5 uri=10 get=0 post=0 xheaders=0 big=0
5,000 headers: 200 0 d41d8cd98f00b204e9800998ecf8427e uri=10 get=0 post=0 xheaders=5000 big=0
a 1 MB header: 200 0 d41d8cd98f00b204e9800998ecf8427e uri=10 get=0 post=0 xheaders=1 big=1048576
raw NUL in the path: 404 
encoded NUL: 404 
10,000 percent signs: 404 
empty URL: 404 
absolute URL, bad port: 200 0 d41d8cd98f00b204e9800998ecf8427e uri=39 get=0 post=0 xheaders=0 big=0
