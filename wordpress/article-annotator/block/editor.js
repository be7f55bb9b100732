// The block in the editor: a placeholder with its settings. The front end is
// rendered by PHP (article_annotator_render_block), so save() stores nothing.
( function ( blocks, element, blockEditor, components ) {
	var el = element.createElement;
	blocks.registerBlockType( 'article-annotator/annotator', {
		title: 'Article Annotator',
		category: 'widgets',
		edit: function ( props ) {
			var attributes = props.attributes;
			var blockProps = blockEditor.useBlockProps ? blockEditor.useBlockProps() : {};
			return el(
				'div',
				blockProps,
				el(
					blockEditor.InspectorControls,
					null,
					el(
						components.PanelBody,
						{ title: 'Annotator' },
						el( components.SelectControl, {
							label: 'Mode',
							value: attributes.mode,
							options: [
								{ label: 'Highlight this post in place', value: 'in-place' },
								{ label: 'Paste box for any text', value: 'editor' },
							],
							onChange: function ( mode ) {
								props.setAttributes( { mode: mode } );
							},
						} ),
						el( components.TextControl, {
							label: 'Kinds',
							help: 'person place date quote (empty: all)',
							value: attributes.kinds,
							onChange: function ( kinds ) {
								props.setAttributes( { kinds: kinds } );
							},
						} )
					)
				),
				el(
					components.Placeholder,
					{ icon: 'editor-quote', label: 'Article Annotator' },
					attributes.mode === 'editor'
						? 'Readers get a paste box that highlights quotes, dates, people and places.'
						: 'Readers see this post’s quotes, dates, people and places highlighted, with a switch to turn them off.'
				)
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components );
