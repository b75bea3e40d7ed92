--TEST--
Mini router: 403 for every path leaving the document root (.., %2e%2e, %2E%2E, %2f, symlinks to a folder or a file outside), whether or not the target exists; double-encoding stays literal (404)
--SKIPIF--
<?php if (!function_exists("pagelet_server_task_start")) echo "skip minphp pagelets only";
--INI--
pagelet_server.document_root=tests/pagelet/pages
--FILE--
<?php
require __DIR__ . '/fetch.inc';
foreach (["/../outside/secret.php", "/../nothing", "..", "/a/../../outside/secret.txt", "/%2e%2e/outside/secret.php",
          "/%2E%2E/outside/secret.php", "/a%2f..%2f..%2foutside%2fsecret.php", "/a/%2e%2e/%2e%2e/outside/secret.txt",
          "/%252e%252e/outside/secret.php", "/out/secret.php", "/out/secret.txt", "/out/nothing", "/out.php", "/out/"] as $url) {
    $r = fetch($url);
    echo str_pad($url, 40), $r['code'], " [", $r['body'], "]\n";
}
--EXPECT--
/../outside/secret.php                  403 []
/../nothing                             403 []
..                                      403 []
/a/../../outside/secret.txt             403 []
/%2e%2e/outside/secret.php              403 []
/%2E%2E/outside/secret.php              403 []
/a%2f..%2f..%2foutside%2fsecret.php     403 []
/a/%2e%2e/%2e%2e/outside/secret.txt     403 []
/%252e%252e/outside/secret.php          404 []
/out/secret.php                         403 []
/out/secret.txt                         403 []
/out/nothing                            403 []
/out.php                                403 []
/out/                                   403 []
