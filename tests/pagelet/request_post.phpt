--TEST--
Pagelet POST: an urlencoded or untyped body fills $_POST, a JSON one does not; cookies fill $_COOKIE; $_REQUEST merges GET, POST and cookies
--SKIPIF--
<?php if (!function_exists("pagelet_server_task_start")) echo "skip minphp pagelets only";
--INI--
pagelet_server.document_root=tests/pagelet/pages
--FILE--
<?php
require __DIR__ . '/fetch.inc';
show("urlencoded", fetch("/env.php?a=get&g=1", ['Cookie' => 'c1=v%201; c2=2; c1=dup', 'Content-Type' => 'application/x-www-form-urlencoded'], "a=post&p[x]=1"));
show("no content type", fetch("/env.php", [], "x=1&y=2"));
show("json", fetch("/env.php", ['Content-Type: application/json'], '{"a":1}'));
--EXPECT--
== urlencoded: 200
header: Content-Type: text/html; charset=UTF-8
body: [{
    "GET": {
        "a": "get",
        "g": "1"
    },
    "POST": {
        "a": "post",
        "p": {
            "x": "1"
        }
    },
    "COOKIE": {
        "c1": "v 1",
        "c2": "2"
    },
    "REQUEST": {
        "a": "post",
        "g": "1",
        "p": {
            "x": "1"
        },
        "c1": "v 1",
        "c2": "2"
    },
    "SERVER": {
        "DOCUMENT_ROOT": "pages",
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "REQUEST_URI": "/env.php?a=get&g=1",
        "REQUEST_METHOD": "POST",
        "SCRIPT_NAME": "/env.php",
        "SCRIPT_FILENAME": "ROOT/env.php",
        "PHP_SELF": "/env.php",
        "QUERY_STRING": "a=get&g=1",
        "HTTP_HOST": "localhost",
        "HTTP_COOKIE": "c1=v%201; c2=2; c1=dup",
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "HTTP_CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": "13",
        "THREAD_TYPE": "Pagelet Thread",
        "REQUEST_TIME_FLOAT": "double",
        "REQUEST_TIME": "integer"
    },
    "is_done": false,
    "sent": false,
    "code": 200
}
]
== no content type: 200
header: Content-Type: text/html; charset=UTF-8
body: [{
    "GET": [],
    "POST": {
        "x": "1",
        "y": "2"
    },
    "COOKIE": [],
    "REQUEST": {
        "x": "1",
        "y": "2"
    },
    "SERVER": {
        "DOCUMENT_ROOT": "pages",
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "REQUEST_URI": "/env.php",
        "REQUEST_METHOD": "POST",
        "SCRIPT_NAME": "/env.php",
        "SCRIPT_FILENAME": "ROOT/env.php",
        "PHP_SELF": "/env.php",
        "QUERY_STRING": "",
        "HTTP_HOST": "localhost",
        "CONTENT_LENGTH": "7",
        "THREAD_TYPE": "Pagelet Thread",
        "REQUEST_TIME_FLOAT": "double",
        "REQUEST_TIME": "integer"
    },
    "is_done": false,
    "sent": false,
    "code": 200
}
]
== json: 200
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
        "REQUEST_URI": "/env.php",
        "REQUEST_METHOD": "POST",
        "SCRIPT_NAME": "/env.php",
        "SCRIPT_FILENAME": "ROOT/env.php",
        "PHP_SELF": "/env.php",
        "QUERY_STRING": "",
        "HTTP_HOST": "localhost",
        "CONTENT_TYPE": "application/json",
        "HTTP_CONTENT_TYPE": "application/json",
        "CONTENT_LENGTH": "7",
        "THREAD_TYPE": "Pagelet Thread",
        "REQUEST_TIME_FLOAT": "double",
        "REQUEST_TIME": "integer"
    },
    "is_done": false,
    "sent": false,
    "code": 200
}
]
