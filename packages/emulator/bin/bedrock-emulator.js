#!/usr/bin/env node
// The CLI is built into dist/; this stable entry lets package managers link the bin before the first build.
import '../dist/cli.js';
