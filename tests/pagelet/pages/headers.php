<?php
// Response headers, cookies and status codes.
header("X-One: 1");
header("X-Multi: a");
header("X-Multi: b", false);
header("X-Repl: old");
header("x-repl: new");
header("X-Gone: 1");
header_remove("x-gone");
setcookie("c", "v w", ['expires' => 1700000000, 'path' => '/', 'samesite' => 'Lax']);
setcookie("gone", "");
setrawcookie("raw", "a%20b", 0, "/p", "example.com", true, true);
if (isset($_GET['type'])) header("Content-Type: " . $_GET['type']);
if (isset($_GET['status'])) header("HTTP/1.1 " . $_GET['status']);
if (isset($_GET['code'])) http_response_code((int)$_GET['code']);
if (isset($_GET['location'])) header("Location: " . $_GET['location']);
echo json_encode(headers_list(), JSON_UNESCAPED_SLASHES), "\n";
