<?php
// The request environment as the page sees it.
$s = $_SERVER;
foreach (['REQUEST_TIME', 'REQUEST_TIME_FLOAT'] as $k) $s[$k] = isset($s[$k]) ? gettype($s[$k]) : 'missing';
$s['DOCUMENT_ROOT'] = basename($s['DOCUMENT_ROOT']);
$s['SCRIPT_FILENAME'] = str_replace(__DIR__, 'ROOT', $s['SCRIPT_FILENAME']);
unset($s['SERVER_SOFTWARE']);
echo json_encode(['GET' => $_GET, 'POST' => $_POST, 'COOKIE' => $_COOKIE, 'REQUEST' => $_REQUEST,
    'SERVER' => $s, 'is_done' => pagelet_server_is_done(), 'sent' => headers_sent(),
    'code' => http_response_code()], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
