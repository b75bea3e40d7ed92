<?php
// what a pagelet sees of itself
echo json_encode([
    'thread_type' => hphp_thread_type(),
    'THREAD_TYPE' => $_SERVER['THREAD_TYPE'] ?? null,
    'is_done' => pagelet_server_is_done(),
    'method' => $_SERVER['REQUEST_METHOD'],
    'x_a' => $_SERVER['HTTP_X_A'] ?? null,
    'x_b' => $_SERVER['HTTP_X_B'] ?? null,
    'post' => $_POST,
    'global_from_parent' => isset($GLOBALS['parent_only']),
]);
