--TEST--
header(): status lines, Location and WWW-Authenticate set the response code; headers_list() stays empty in the CLI
--FILE--
<?php
$log = [];
set_error_handler(function ($n, $s) use (&$log) { $log[] = "E$n: $s"; return true; });
$steps = [
    'initial' => fn() => http_response_code(),
    'header X-Foo' => fn() => header("X-Foo: bar"),
    'after X-Foo' => fn() => http_response_code(),
    'status line' => fn() => header("HTTP/1.1 404 Not Found"),
    'after status line' => fn() => http_response_code(),
    'lower-case status line' => fn() => header("http/1.0 403"),
    'after lower-case' => fn() => http_response_code(),
    'blanks before the code' => fn() => header("HTTP/1.1    406 X"),
    'after blanks' => fn() => http_response_code(),
    'no code' => fn() => header("HTTP/1.1"),
    'after no code' => fn() => http_response_code(),
    'not a number' => fn() => header("HTTP/1.1 abc"),
    'after not a number' => fn() => http_response_code(),
    'Location' => fn() => header("Location: /x"),
    'after Location' => fn() => http_response_code(),
    'set 301' => fn() => http_response_code(301),
    'Location keeps 301' => fn() => header("location:/y"),
    'after Location 301' => fn() => http_response_code(),
    'set 201' => fn() => http_response_code(201),
    'Location keeps 201' => fn() => header("Location: /y"),
    'after Location 201' => fn() => http_response_code(),
    'set 404' => fn() => http_response_code(404),
    'Location with code' => fn() => header("Location: /z", true, 307),
    'after Location with code' => fn() => http_response_code(),
    'code argument' => fn() => header("X-Bar: 1", false, 555),
    'after code argument' => fn() => http_response_code(),
    'WWW-Authenticate' => fn() => header("WWW-Authenticate: Basic"),
    'after WWW-Authenticate' => fn() => http_response_code(),
    'two lines' => fn() => header("A: b\nC: d"),
    'CR alone' => fn() => header("A: b\rC: d"),
    'folded line' => fn() => header("A: b\r\n c"),
    'NUL' => fn() => header("A: b\0c"),
    'empty' => fn() => header(""),
    'remove with colon' => fn() => header_remove("A: b"),
    'remove' => fn() => header_remove("X-Foo"),
    'remove all' => fn() => header_remove(),
    'remove null' => fn() => header_remove(null),
    'headers_list' => fn() => headers_list(),
    'headers_sent' => fn() => headers_sent(),
    'set 0 reads' => fn() => http_response_code(0),
    'set -5' => fn() => http_response_code(-5),
    'after -5' => fn() => http_response_code(),
];
foreach ($steps as $name => $f) {
    $log[] = $name . ': ' . json_encode($f());
}
print_r($log);
--EXPECT--
Array
(
    [0] => initial: false
    [1] => header X-Foo: null
    [2] => after X-Foo: false
    [3] => status line: null
    [4] => after status line: 404
    [5] => lower-case status line: null
    [6] => after lower-case: 403
    [7] => blanks before the code: null
    [8] => after blanks: 406
    [9] => no code: null
    [10] => after no code: 200
    [11] => not a number: null
    [12] => after not a number: false
    [13] => Location: null
    [14] => after Location: 302
    [15] => set 301: 302
    [16] => Location keeps 301: null
    [17] => after Location 301: 301
    [18] => set 201: 301
    [19] => Location keeps 201: null
    [20] => after Location 201: 201
    [21] => set 404: 201
    [22] => Location with code: null
    [23] => after Location with code: 307
    [24] => code argument: null
    [25] => after code argument: 555
    [26] => WWW-Authenticate: null
    [27] => after WWW-Authenticate: 401
    [28] => E2: Header may not contain more than a single header, new line detected
    [29] => two lines: null
    [30] => E2: Header may not contain more than a single header, new line detected
    [31] => CR alone: null
    [32] => E2: Header may not contain more than a single header, new line detected
    [33] => folded line: null
    [34] => E2: Header may not contain NUL bytes
    [35] => NUL: null
    [36] => empty: null
    [37] => E2: Header to delete may not contain colon.
    [38] => remove with colon: null
    [39] => remove: null
    [40] => remove all: null
    [41] => remove null: null
    [42] => headers_list: []
    [43] => headers_sent: false
    [44] => set 0 reads: 401
    [45] => set -5: 401
    [46] => after -5: -5
)
