<?php
/**
 * The SEN information report's items: SEND Regulations 2014, Schedule 1 (regulation 51).
 *
 * The same catalogue as senreport's Python core (senreport/catalogue/schedule1.py): the item
 * ids, the statutory wording, a plain-English heading a parent understands and one question
 * from the SE7 parents' FAQ that the item answers. The editor shows the wording and the
 * question as guidance in an empty section; tests/test_bridge_php.py keeps the two in step.
 *
 * @package senreport-bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every Schedule 1 item in publication order, then "other" (passages that answer no item).
 *
 * @return array<int, array{id: string, label: string, heading: string, wording: string, question: string, school_types: string[]}>
 */
function senreport_bridge_catalogue() {
	// Built on each call, never cached: the strings must be translated in the current locale.
	return array(
		array(
			'id'           => '1',
			'label'        => '1',
			'heading'      => __( 'What kinds of special educational needs do we provide for?', 'senreport-bridge' ),
			'wording'      => __( 'The kinds of special educational needs for which provision is made at the school.', 'senreport-bridge' ),
			'question'     => __( 'How does the school know if children need extra help and what should I do if I think my child may have special educational needs?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '2',
			'label'        => '2',
			'heading'      => __( 'How do we find out if a child needs extra help?', 'senreport-bridge' ),
			'wording'      => __( 'Information, in relation to mainstream schools and maintained nursery schools, about the school\'s policies for the identification and assessment of pupils with special educational needs.', 'senreport-bridge' ),
			'question'     => __( 'How does the school know if children need extra help and what should I do if I think my child may have special educational needs?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery' ),
		),
		array(
			'id'           => '3a',
			'label'        => '3(a)',
			'heading'      => __( 'How do we know our support is working?', 'senreport-bridge' ),
			'wording'      => __( 'how the school evaluates the effectiveness of its provision for such pupils', 'senreport-bridge' ),
			'question'     => __( 'How will school staff support my child?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '3b',
			'label'        => '3(b)',
			'heading'      => __( 'How will we check and review your child\'s progress?', 'senreport-bridge' ),
			'wording'      => __( 'the school\'s arrangements for assessing and reviewing the progress of pupils with special educational needs', 'senreport-bridge' ),
			'question'     => __( 'How will both you and I know how my child is doing and how will you help me to support my child\'s learning?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '3c',
			'label'        => '3(c)',
			'heading'      => __( 'How do we teach children with special educational needs?', 'senreport-bridge' ),
			'wording'      => __( 'the school\'s approach to teaching pupils with special educational needs', 'senreport-bridge' ),
			'question'     => __( 'How will school staff support my child?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '3d',
			'label'        => '3(d)',
			'heading'      => __( 'How do we adapt the curriculum and the classroom?', 'senreport-bridge' ),
			'wording'      => __( 'how the school adapts the curriculum and learning environment for pupils with special educational needs', 'senreport-bridge' ),
			'question'     => __( 'How will the curriculum be matched to my child\'s needs?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '3e',
			'label'        => '3(e)',
			'heading'      => __( 'What extra help with learning is there?', 'senreport-bridge' ),
			'wording'      => __( 'additional support for learning that is available to pupils with special educational needs', 'senreport-bridge' ),
			'question'     => __( 'How will school staff support my child?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '3f',
			'label'        => '3(f)',
			'heading'      => __( 'How can your child join in everything the school does, including trips and sport?', 'senreport-bridge' ),
			'wording'      => __( 'how the school enables pupils with special educational needs to engage in the activities of the school (including physical activities) together with children who do not have special educational needs', 'senreport-bridge' ),
			'question'     => __( 'How will my child be included in activities outside the classroom including school trips?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '3g',
			'label'        => '3(g)',
			'heading'      => __( 'How do we support your child\'s wellbeing?', 'senreport-bridge' ),
			'wording'      => __( 'support that is available for improving the emotional, mental and social development of pupils with special educational needs', 'senreport-bridge' ),
			'question'     => __( 'What support will there be for my child\'s overall well being?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '4',
			'label'        => '4',
			'heading'      => __( 'Who is our SENCO and how can I contact them?', 'senreport-bridge' ),
			'wording'      => __( 'In relation to mainstream schools and maintained nursery schools, the name and contact details of the SEN co-ordinator.', 'senreport-bridge' ),
			'question'     => __( 'Who can I contact for further information?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery' ),
		),
		array(
			'id'           => '5',
			'label'        => '5',
			'heading'      => __( 'What training and expertise do our staff have?', 'senreport-bridge' ),
			'wording'      => __( 'Information about the expertise and training of staff in relation to children and young people with special educational needs and about how specialist expertise will be secured.', 'senreport-bridge' ),
			'question'     => __( 'What specialist services and expertise are available at or accessed by the school?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '6',
			'label'        => '6',
			'heading'      => __( 'How do we get the equipment and facilities your child needs?', 'senreport-bridge' ),
			'wording'      => __( 'Information about how equipment and facilities to support children and young people with special educational needs will be secured.', 'senreport-bridge' ),
			'question'     => __( 'How accessible is the school environment?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '7',
			'label'        => '7',
			'heading'      => __( 'How will we involve you in your child\'s education?', 'senreport-bridge' ),
			'wording'      => __( 'The arrangements for consulting parents of children with special educational needs about, and involving such parents in, the education of their child.', 'senreport-bridge' ),
			'question'     => __( 'How will both you and I know how my child is doing and how will you help me to support my child\'s learning?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '8',
			'label'        => '8',
			'heading'      => __( 'How will we listen to your child and involve them?', 'senreport-bridge' ),
			'wording'      => __( 'The arrangements for consulting young people with special educational needs about, and involving them in, their education.', 'senreport-bridge' ),
			'question'     => __( 'What support will there be for my child\'s overall well being?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '9',
			'label'        => '9',
			'heading'      => __( 'What can I do if I am not happy or want to complain?', 'senreport-bridge' ),
			'wording'      => __( 'Any arrangements made by the governing body or the proprietor relating to the treatment of complaints from parents of pupils with special educational needs concerning the provision made at the school.', 'senreport-bridge' ),
			'question'     => __( 'Who can I contact for further information?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '10',
			'label'        => '10',
			'heading'      => __( 'Who else do we work with to support your child and family?', 'senreport-bridge' ),
			'wording'      => __( 'How the governing body involves other bodies, including health and social services bodies, local authority support services and voluntary organisations, in meeting the needs of pupils with special educational needs and in supporting the families of such pupils.', 'senreport-bridge' ),
			'question'     => __( 'What specialist services and expertise are available at or accessed by the school?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '11',
			'label'        => '11',
			'heading'      => __( 'Where can families get further advice and support?', 'senreport-bridge' ),
			'wording'      => __( 'The contact details of support services for the parents of pupils with special educational needs, including those for arrangements made in accordance with section 32.', 'senreport-bridge' ),
			'question'     => __( 'Who can I contact for further information?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '12',
			'label'        => '12',
			'heading'      => __( 'How do we help your child move on to a new class, school or adult life?', 'senreport-bridge' ),
			'wording'      => __( 'The school\'s arrangements for supporting pupils with special educational needs in a transfer between phases of education or in preparation for adulthood and independent living.', 'senreport-bridge' ),
			'question'     => __( 'How will the school prepare and support my child to join the school, transfer to a new school or the next stage of education and life?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => '13',
			'label'        => '13',
			'heading'      => __( 'Where can I find the local authority\'s Local Offer?', 'senreport-bridge' ),
			'wording'      => __( 'Information on where the local authority\'s local offer is published.', 'senreport-bridge' ),
			'question'     => __( 'Who can I contact for further information?', 'senreport-bridge' ),
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
		array(
			'id'           => 'other',
			'label'        => 'other',
			'heading'      => __( 'More information', 'senreport-bridge' ),
			'wording'      => __( 'Anything else the school wants families to know. This section answers no Schedule 1 item.', 'senreport-bridge' ),
			'question'     => '',
			'school_types' => array( 'mainstream', 'nursery', 'special', 'post16' ),
		),
	);
}

/**
 * The lead-in of Schedule 1, item 3, which introduces items 3(a) to 3(g).
 *
 * @return string
 */
function senreport_bridge_item_3_lead_in() {
	return __( 'Information about the school\'s policies for making provision for pupils with special educational needs whether or not pupils have EHC Plans, including—', 'senreport-bridge' );
}

/**
 * The item ids a senreport/section block accepts.
 *
 * @return string[]
 */
function senreport_bridge_item_ids() {
	return array( '1', '2', '3a', '3b', '3c', '3d', '3e', '3f', '3g', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', 'other' );
}

/**
 * One catalogue item by id, or null.
 *
 * @param string $id An item id such as "3a".
 * @return array|null
 */
function senreport_bridge_catalogue_item( $id ) {
	foreach ( senreport_bridge_catalogue() as $item ) {
		if ( $item['id'] === $id ) {
			return $item;
		}
	}
	return null;
}
