package main

import (
	"context"
	"errors"
)

func runIngest(ctx context.Context, e *env, args []string) error   { return errors.New("todo") }
func runArticles(ctx context.Context, e *env, args []string) error { return errors.New("todo") }
