--TEST--
Pagelet GET: the query string fills $_GET and $_REQUEST; both header forms; a repeated header keeps the last value; $_SERVER entries
--SKIPIF--
<?php if (!function_exists("pagelet_server_task_start")) echo "skip minphp pagelets only";
--INI--
pagelet_server.document_root=tests/pagelet/pages
--FILE--
<?php
require __DIR__ . '/fetch.inc';
$r = fetch("/env.php?a=1&b[]=2&b[]=3&c=%41+%42#frag", ['Host' => 'example.com', 'X-Foo' => 'first', 'x-foo: last', 'dropped-no-colon']);
show("assoc and list headers", $r);
show("no leading slash", fetch("env.php"));
show("absolute URL", fetch("http://example.com:8080/env.php?q=1"));
--EXPECT--
== assoc and list headers: 200
header: Content-Type: text/html; charset=UTF-8
body: [{
    "GET": {
        "a": "1",
        "b": [
            "2",
            "3"
        ],
        "c": "A B"
    },
    "POST": [],
    "COOKIE": [],
    "REQUEST": {
        "a": "1",
        "b": [
            "2",
            "3"
        ],
        "c": "A B"
    },
    "SERVER": {
        "DOCUMENT_ROOT": "pages",
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "REQUEST_URI": "/env.php?a=1&b[]=2&b[]=3&c=%41+%42#frag",
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "/env.php",
        "SCRIPT_FILENAME": "ROOT/env.php",
        "PHP_SELF": "/env.php",
        "QUERY_STRING": "a=1&b[]=2&b[]=3&c=%41+%42",
        "HTTP_HOST": "example.com",
        "HTTP_X_FOO": "last",
        "THREAD_TYPE": "Pagelet Thread",
        "REQUEST_TIME_FLOAT": "double",
        "REQUEST_TIME": "integer"
    },
    "is_done": false,
    "sent": false,
    "code": 200
}
]
== no leading slash: 200
header: Content-Type: text/html; charset=UTF-8
body: [{
    "GET": [],
    "POST": [],
    "COOKIE": [],
    "REQUEST": [],
    "SERVER": {
        "DOCUMENT_ROOT": "pages",
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "REQUEST_URI": "env.php",
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "/env.php",
        "SCRIPT_FILENAME": "ROOT/env.php",
        "PHP_SELF": "/env.php",
        "QUERY_STRING": "",
        "HTTP_HOST": "localhost",
        "THREAD_TYPE": "Pagelet Thread",
        "REQUEST_TIME_FLOAT": "double",
        "REQUEST_TIME": "integer"
    },
    "is_done": false,
    "sent": false,
    "code": 200
}
]
== absolute URL: 200
header: Content-Type: text/html; charset=UTF-8
body: [{
    "GET": {
        "q": "1"
    },
    "POST": [],
    "COOKIE": [],
    "REQUEST": {
        "q": "1"
    },
    "SERVER": {
        "DOCUMENT_ROOT": "pages",
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "REQUEST_URI": "http://example.com:8080/env.php?q=1",
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "/env.php",
        "SCRIPT_FILENAME": "ROOT/env.php",
        "PHP_SELF": "/env.php",
        "QUERY_STRING": "q=1",
        "HTTP_HOST": "example.com:8080",
        "THREAD_TYPE": "Pagelet Thread",
        "REQUEST_TIME_FLOAT": "double",
        "REQUEST_TIME": "integer"
    },
    "is_done": false,
    "sent": false,
    "code": 200
}
]
